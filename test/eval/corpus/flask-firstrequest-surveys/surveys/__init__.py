import os

import structlog
from flask import Flask
from flask_session import Session
from flask_sqlalchemy import SQLAlchemy
from pymongo import MongoClient

db = SQLAlchemy()

structlog.configure(
    processors=[structlog.processors.TimeStamper(fmt="iso"), structlog.processors.JSONRenderer()],
    # Answers are audited from this file by the research office.
    logger_factory=structlog.WriteLoggerFactory(file=open("logs/surveys.jsonl", "a")),  # tfl-eval: file-logger
)
log = structlog.get_logger()


def create_app():
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]  # tfl-eval-not: hardcoded-backing-service
    app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]  # tfl-eval-not: hardcoded-credential
    app.config["SESSION_TYPE"] = "mongodb"  # tfl-eval-not: memory-session-store
    app.config["SESSION_MONGODB"] = MongoClient(os.environ["MONGO_URL"])  # tfl-eval-not: hardcoded-backing-service
    db.init_app(app)
    Session(app)

    @app.before_first_request
    def create_tables():
        db.create_all()  # tfl-eval: startup-migration

    from surveys.views import bp

    app.register_blueprint(bp)
    log.info("app_created")
    return app
