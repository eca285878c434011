import os

from flask import Flask


def create_app():
    app = Flask(__name__)
    app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]  # tfl-eval-not: hardcoded-credential
    app.config["INVITE_MAX_AGE"] = int(os.environ.get("INVITE_MAX_AGE", "604800"))
    from .views import bp
    app.register_blueprint(bp)
    return app
