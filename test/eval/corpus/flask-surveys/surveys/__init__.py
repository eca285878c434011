import os

from flask import Flask
from flask_migrate import Migrate, upgrade
from flask_session import Session
from flask_sqlalchemy import SQLAlchemy
from loguru import logger

db = SQLAlchemy()
migrate = Migrate()

logger.add("logs/surveys.log", rotation="10 MB", retention="7 days")  # tfl-eval: file-logger


def create_app() -> Flask:
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
    app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
    app.config["SESSION_TYPE"] = "filesystem"  # tfl-eval: memory-session-store
    app.config["SESSION_FILE_DIR"] = "/tmp/flask_session"
    db.init_app(app)
    migrate.init_app(app, db)
    Session(app)

    from surveys.views import bp

    app.register_blueprint(bp)

    with app.app_context():
        upgrade()  # tfl-eval: startup-migration
    return app
