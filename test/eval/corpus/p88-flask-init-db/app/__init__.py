import os

from flask import Flask

from app.db import init_db


def create_app():
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
    init_db(app)  # tfl-eval: startup-migration

    from app.views import bp

    app.register_blueprint(bp)
    return app
