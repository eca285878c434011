import os

import boto3  # tfl-eval: undeclared-dependency
import yaml  # tfl-eval-not: undeclared-dependency
from flask import Flask, jsonify, request, session
from flask_session import Session  # tfl-eval-not: undeclared-dependency
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
app.config["SESSION_TYPE"] = "filesystem"  # tfl-eval: memory-session-store
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
Session(app)
db = SQLAlchemy(app)
attachments = boto3.client("s3")

with open(os.path.join(os.path.dirname(__file__), "limits.yaml")) as stream:
    LIMITS = yaml.safe_load(stream)


class Note(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    owner = db.Column(db.String(80), nullable=False)
    body = db.Column(db.Text, nullable=False)


@app.post("/notes")
def create_note():
    note = Note(owner=session["user"], body=request.json["body"][: LIMITS["max_length"]])
    db.session.add(note)
    db.session.commit()
    return jsonify(id=note.id), 201


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5000)  # tfl-eval: hardcoded-port
