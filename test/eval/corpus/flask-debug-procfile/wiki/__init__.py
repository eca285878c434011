import os

from flask import Flask


def create_app():
    app = Flask(__name__)
    app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
    app.config["DEBUG"] = os.environ.get("FLASK_DEBUG") == "1"

    @app.get("/")
    def index():
        return "Team wiki"

    return app
