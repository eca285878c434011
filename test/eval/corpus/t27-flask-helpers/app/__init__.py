import os

from flask import Flask
from flask_login import LoginManager

from .views import bp

login_manager = LoginManager()


def _attach_session(app):
    app.secret_key = os.urandom(24)  # tfl-eval: per-process-secret
    app.config["SESSION_COOKIE_SECURE"] = True


def _wire_extensions(app):
    login_manager.init_app(app)
    app.register_blueprint(bp)


def _rotate_key(app):
    # Called only by the `flask rotate-key` command below: an operator's one-off.
    app.secret_key = os.urandom(32)  # tfl-eval-not: per-process-secret


def _unused_secret(app):
    app.config["SECRET_KEY"] = os.urandom(16)  # tfl-eval-not: per-process-secret


def create_app():
    app = Flask(__name__)
    _attach_session(app)
    _wire_extensions(app)

    @app.cli.command("rotate-key")
    def rotate_key_command():
        _rotate_key(app)

    return app
