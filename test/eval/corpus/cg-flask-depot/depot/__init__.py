import datetime
import os

import jwt
from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = "your-flask-secret-key"  # tfl-eval: hardcoded-credential
app.config["SESSION_COOKIE_SECURE"] = True
app.config["PERMANENT_SESSION_LIFETIME"] = datetime.timedelta(hours=8)

ADMIN_PIN = "582046"  # tfl-eval: hardcoded-credential
PIN_LENGTH = 6  # tfl-eval-not: hardcoded-credential
WORKER_DSN = "depot:Xc9mLq3Rt7Wz@tcp(mysql:3306)/depot?parseTime=true"  # tfl-eval: hardcoded-credential, hardcoded-backing-service
DSN_HELP = "user:password@tcp(host:3306)/dbname"  # tfl-eval-not: hardcoded-credential


def issue_token(user_id):
    payload = {"sub": user_id, "exp": datetime.datetime.utcnow() + datetime.timedelta(hours=1)}
    return jwt.encode(payload, "your-jwt-secret-key", algorithm="HS256")  # tfl-eval: hardcoded-credential


def read_token(token):
    return jwt.decode(token, os.environ["JWT_PUBLIC_KEY"], algorithms=["RS256"])  # tfl-eval-not: hardcoded-credential


@app.post("/unlock")
def unlock():
    if request.json.get("pin") != ADMIN_PIN:
        return jsonify(error="Enter your PIN"), 403  # tfl-eval-not: hardcoded-credential
    session["admin"] = True
    return jsonify(token=issue_token("admin"))
