import os

from flask import Flask
from flask_jwt_extended import JWTManager
from flask_sqlalchemy import SQLAlchemy

SECRET_KEY = os.getenv("SECRET_KEY")
JWT_SECRET_KEY = os.environ.get("JWT_SECRET_KEY")
DB_URL = os.getenv("DATABASE_URL")

app = Flask(__name__)
app.config['SQLALCHEMY_DATABASE_URI'] = DB_URL
# The live key is the literal string below, not the variable above.
app.config['SECRET_KEY'] = 'SECRET_KEY'  # tfl-eval: hardcoded-credential
app.config['JWT_SECRET_KEY'] = JWT_SECRET_KEY  # tfl-eval-not: hardcoded-credential
app.config['SESSION_COOKIE_NAME'] = 'SESSION_COOKIE_NAME'  # tfl-eval-not: hardcoded-credential

db = SQLAlchemy(app)
jwt = JWTManager(app)
