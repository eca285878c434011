import os

from flask import Flask

from .db import db


def create_app(test_config=None):
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_mapping(
        SECRET_KEY=os.environ["GREENHOUSE_SECRET_KEY"],  # tfl-eval-not: hardcoded-credential
        SQLALCHEMY_DATABASE_URI=os.environ.get("DATABASE_URL", "sqlite:///greenhouse.db"),
    )
    if test_config is not None:
        app.config.update(test_config)

    db.init_app(app)

    from . import auth, cli, sensors

    app.register_blueprint(auth.bp)
    app.register_blueprint(sensors.bp)
    cli.register(app)
    return app
