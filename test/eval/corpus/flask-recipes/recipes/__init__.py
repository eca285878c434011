import logging
import os

from flask import Flask
from flask_migrate import Migrate
from flask_session import Session
from flask_sqlalchemy import SQLAlchemy
import redis

db = SQLAlchemy()
migrate = Migrate()


def create_app():
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]  # tfl-eval-not: hardcoded-backing-service
    app.config["SESSION_TYPE"] = "redis"  # tfl-eval-not: memory-session-store
    app.config["SESSION_REDIS"] = redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))
    app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]

    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))  # tfl-eval-not: file-logger

    db.init_app(app)
    migrate.init_app(app, db)
    Session(app)

    from .views import bp
    app.register_blueprint(bp)
    return app
