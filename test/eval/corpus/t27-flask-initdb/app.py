import os

from flask import Flask
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
db = SQLAlchemy(app)


def init_db():
    with app.app_context():
        db.create_all()  # tfl-eval: startup-migration


def wipe_db():
    with app.app_context():
        db.drop_all()
        db.create_all()  # tfl-eval-not: startup-migration


init_db()


@app.cli.command("wipe")
def wipe_command():
    wipe_db()


@app.route("/")
def index():
    return "ok"
