from flask import Flask

from config import config


def create_app(name):
    app = Flask(__name__)
    app.config.from_object(config[name])
    return app
