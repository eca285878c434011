import os

from flask import Flask

from . import db


def create_app():
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_mapping(DATABASE=os.environ["NOTES_DB"])
    db.init_app(app)
    return app
