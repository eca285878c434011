from flask import Flask, request, jsonify

from ledger.sessions import create_session

app = Flask(__name__)


@app.post("/login")
def login():
    return jsonify(token=create_session(request.json["username"]))
