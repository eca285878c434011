import logging
import os

import redis
from flask import Flask
from flask_session import Session
from flask_sqlalchemy import SQLAlchemy

IS_LOCAL = os.getenv("APP_ENV") == "local"

db = SQLAlchemy()


def create_app():
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
    if IS_LOCAL:
        app.config["SESSION_TYPE"] = "filesystem"  # tfl-eval-not: memory-session-store
        logging.getLogger().addHandler(logging.FileHandler("wiki-dev.log"))  # tfl-eval-not: file-logger
    else:
        app.config["SESSION_TYPE"] = "redis"
        app.config["SESSION_REDIS"] = redis.from_url(os.environ["REDIS_URL"])
    Session(app)
    db.init_app(app)
    with app.app_context():
        if IS_LOCAL:
            db.create_all()  # tfl-eval-not: startup-migration
    return app
