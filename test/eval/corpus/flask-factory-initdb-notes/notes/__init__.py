import os

from flask import Flask

from .cli import reset_db_command
from .models import db, init_db


def create_app(test_config=None):
    app = Flask(__name__)
    app.config.from_mapping(
        SECRET_KEY=os.environ["SECRET_KEY"],
        SQLALCHEMY_DATABASE_URI=os.environ["DATABASE_URL"],
    )
    if test_config is not None:
        app.config.update(test_config)

    db.init_app(app)
    app.cli.add_command(reset_db_command)

    from . import views

    app.register_blueprint(views.bp)

    with app.app_context():
        init_db()  # tfl-eval: startup-migration

    return app
