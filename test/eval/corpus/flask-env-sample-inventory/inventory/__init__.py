import os

from dotenv import load_dotenv
from flask import Flask, jsonify

basedir = os.path.abspath(os.path.dirname(__file__))
load_dotenv(os.path.join(basedir, "..", ".env.sample"))  # tfl-eval: hardcoded-credential

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ.get("FLASK_SECRET_KEY")
app.config["DATABASE_URL"] = os.environ.get("DATABASE_URL")


@app.get("/items")
def items():
    return jsonify([])
