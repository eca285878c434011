import json
import logging.config
import os
from pathlib import Path

from flask import Flask

CONFIG_DIR = Path(__file__).resolve().parent.parent / "config"


def configure_logging():
    name = os.environ.get("LOGGING_CONFIG", "logging.json")
    with open(CONFIG_DIR / name) as fh:  # tfl-eval-not: file-logger
        logging.config.dictConfig(json.load(fh))


def create_app():
    configure_logging()
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
    from .views import bp

    app.register_blueprint(bp)
    return app
