import os

from flask import Flask

from .db import connect

app = Flask(__name__)
app.secret_key = "secret key"  # tfl-eval: hardcoded-credential
app.config["JWT_SECRET_KEY"] = os.environ.get("JWT_SECRET_KEY", "change-this-in-production")  # tfl-eval: hardcoded-credential
app.config["MAIL_PASSWORD"] = os.environ.get("MAIL_PASSWORD", "change-in-production")  # tfl-eval-not: hardcoded-credential

if app.debug:
    app.config["ADMIN_PASSWORD"] = "teapot-garden"  # tfl-eval-not: hardcoded-credential


def database():
    return connect(os.environ["DATABASE_URL"])
