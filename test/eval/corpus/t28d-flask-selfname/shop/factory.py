import os

from flask import Flask


def create_app():
    web = Flask(__name__)
    web.config.update(
        SECRET_KEY='secret_key',  # tfl-eval: hardcoded-credential
        SQLALCHEMY_DATABASE_URI=os.environ.get('DATABASE_URL'),
    )
    return web


def create_worker():
    worker = Flask('worker')
    worker.config.from_mapping(SECRET_KEY='example')  # tfl-eval: hardcoded-credential
    worker.config.from_mapping(SQLALCHEMY_DATABASE_URI=os.environ['DATABASE_URL'])
    return worker
