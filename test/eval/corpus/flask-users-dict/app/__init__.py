import os

from flask import Flask, jsonify, request
from werkzeug.security import generate_password_hash

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]

COUNTRIES = {"fr": "France", "de": "Germany"}  # tfl-eval-not: memory-session-store
users = {}  # tfl-eval: memory-session-store


@app.post("/signup")
def signup():
    name = request.json["username"]
    if name in users:
        return jsonify(error="taken"), 409
    users[name] = {"password": generate_password_hash(request.json["password"]), "country": COUNTRIES.get(request.json.get("country"))}
    return jsonify(username=name), 201


@app.get("/countries")
def countries():
    return jsonify(COUNTRIES)
