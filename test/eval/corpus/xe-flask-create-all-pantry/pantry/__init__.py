import os

from flask import Flask

from .extensions import db
from .database import init_db


def create_app():
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
    db.init_app(app)
    init_db(app)  # tfl-eval: startup-migration

    from .views import bp
    app.register_blueprint(bp)
    return app
