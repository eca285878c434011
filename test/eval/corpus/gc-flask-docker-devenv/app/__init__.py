import os

from flask import Flask
from pymongo import MongoClient


def create_app():
    app = Flask(__name__)
    app.config['SECRET_KEY'] = os.environ['SECRET_KEY']
    app.mongo = MongoClient(os.environ['MONGODB_URI'])
    return app
