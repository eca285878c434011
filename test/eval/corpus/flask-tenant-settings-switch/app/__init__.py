from flask import Flask

from . import settings


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.from_object(settings)
    return app
