import os

import psycopg2
import redis
from flask import Flask

DEBUG = os.getenv("QUOTES_DEBUG") == "1"
IS_LOCAL = os.environ.get("APP_ENV", "production") == "local"
IS_PROD = os.environ.get("APP_ENV") == "production"

app = Flask(__name__)

REDIS_URL = "redis://localhost:6379/1" if DEBUG else os.environ["REDIS_URL"]  # tfl-eval-not: hardcoded-backing-service

if IS_LOCAL:
    app.config["SECRET_KEY"] = "quotes-local-secret"  # tfl-eval-not: hardcoded-credential
    DB_DSN = "dbname=quotes user=quotes password=quotes host=localhost"  # tfl-eval-not: hardcoded-backing-service, hardcoded-credential
else:
    app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
    DB_DSN = os.environ["DATABASE_URL"]

if not IS_PROD:
    MAIL_HOST = "127.0.0.1"  # tfl-eval-not: hardcoded-backing-service
else:
    MAIL_HOST = os.environ["MAIL_HOST"]

cache = redis.Redis.from_url(REDIS_URL)


def connect():
    return psycopg2.connect(DB_DSN)
