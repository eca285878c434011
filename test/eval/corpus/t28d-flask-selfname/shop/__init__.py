import os

from flask import Flask
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SECRET_KEY"] = "secret_key"  # tfl-eval: hardcoded-credential
app.config["SQLALCHEMY_DATABASE_URI"] = os.environ.get("DATABASE_URL")
db = SQLAlchemy(app)

SECRET_KEY_SETTING = "SECRET_KEY"  # tfl-eval-not: hardcoded-credential
TOKEN_HEADER = "secret_key"  # tfl-eval-not: hardcoded-credential

from shop import routes  # noqa: E402
