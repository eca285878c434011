import os
import sys

from flask import Flask
from flask_migrate import Migrate, upgrade
from flask_session import Session
from flask_sqlalchemy import SQLAlchemy
from loguru import logger

db = SQLAlchemy()
migrate = Migrate()
server_session = Session()


class Config:
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL")
    SECRET_KEY = os.environ["SECRET_KEY"]  # tfl-eval-not: hardcoded-credential
    SESSION_TYPE = "filesystem"  # tfl-eval: memory-session-store
    SESSION_FILE_DIR = "/tmp/rsvp-sessions"
    SESSION_PERMANENT = False


def create_app(config_object=Config):
    app = Flask(__name__)
    app.config.from_object(config_object)

    logger.remove()
    logger.add(sys.stderr, level="INFO")  # tfl-eval-not: file-logger
    logger.add("logs/rsvp.log", rotation="10 MB", retention="14 days")  # tfl-eval: file-logger

    db.init_app(app)
    migrate.init_app(app, db)
    server_session.init_app(app)

    from .views.events import bp as events_bp

    app.register_blueprint(events_bp)

    with app.app_context():
        upgrade()  # tfl-eval: startup-migration

    return app
