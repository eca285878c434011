import os
import secrets

from flask import Flask
from flask_jwt_extended import JWTManager

from .signing import init_signing


def create_app():
    app = Flask(__name__)

    secret_key = os.environ.get("FLASK_SECRET_KEY")
    if not secret_key:
        app.logger.warning("FLASK_SECRET_KEY is not set; sessions reset on every restart")
        secret_key = secrets.token_hex(32)  # tfl-eval-not: per-process-secret
    app.secret_key = secret_key

    jwt_secret = os.getenv("JWT_SECRET_KEY", "")
    if jwt_secret == "":
        jwt_secret = secrets.token_urlsafe(48)  # tfl-eval-not: per-process-secret
    app.config["JWT_SECRET_KEY"] = jwt_secret
    JWTManager(app)

    init_signing(app)

    @app.get("/share")
    def share_link():
        share_token = secrets.token_urlsafe(16)  # tfl-eval-not: per-process-secret
        return {"token": share_token}

    return app
