import logging
import os

from flask import Flask
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


def create_app():
    app = Flask(__name__)
    app.secret_key = "8f2d1c9a7b4e6f0a3d5c8b1e9f7a2c4d"  # tfl-eval: hardcoded-credential
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ.get("DATABASE_URL", "sqlite:///clinic.db")
    app.config["MAIL_PASSWORD"] = os.environ["MAIL_PASSWORD"]
    db.init_app(app)

    handler = logging.FileHandler("clinic.log")  # tfl-eval: file-logger
    app.logger.addHandler(handler)

    from clinic.views import bp
    app.register_blueprint(bp)
    return app
