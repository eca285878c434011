import os
import secrets

from flask import Flask, request, session

from .config import Config
from .db import db


def create_app():
    app = Flask(__name__)
    app.config.from_object(Config)
    app.secret_key = os.urandom(24)  # tfl-eval: per-process-secret
    db.init_app(app)

    from .views import bp
    app.register_blueprint(bp)

    @app.before_request
    def tag_request():
        request.environ["board.request_id"] = secrets.token_hex(8)  # tfl-eval-not: per-process-secret

    return app
