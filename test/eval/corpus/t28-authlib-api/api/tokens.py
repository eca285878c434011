import os
import secrets
import time

from authlib.jose import jwt
from flask import Flask, jsonify, request

app = Flask(__name__)

HEADER = {"alg": "HS256"}
# Held in code: every deploy shares it, and a leak of the repo leaks every token.
SIGNING_KEY = "9vQm1hJcTz4pWf7xLd2sKr8YbN3uGe6A"  # tfl-eval: hardcoded-credential


@app.post("/token")
def issue():
    payload = {"sub": request.json["user"], "iat": int(time.time())}
    token = jwt.encode(HEADER, payload, "Yk7Qp2Wm9Lx4Rt6Vb1Nc8Hd3Js5Fg0Za")  # tfl-eval: hardcoded-credential
    return jsonify(token=token.decode())


@app.post("/token/env")
def issue_from_env():
    payload = {"sub": request.json["user"]}
    token = jwt.encode(HEADER, payload, os.environ["JWT_SIGNING_KEY"])  # tfl-eval-not: hardcoded-credential
    return jsonify(token=token.decode())


@app.post("/token/demo")
def issue_demo():
    # A header value and a claim that look like strings, and a key from the environment.
    token = jwt.encode({"alg": "HS256", "kid": "reports-v2"}, {"aud": "reports-service"}, os.environ["JWT_KEY"])  # tfl-eval-not: hardcoded-credential
    return jsonify(token=token.decode())


def verify(token):
    return jwt.decode(token, SIGNING_KEY)
