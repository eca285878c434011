import logging
import os
import sys

import redis
import structlog
from flask import Flask

logging.basicConfig(stream=sys.stdout, level=logging.INFO)
structlog.configure(logger_factory=structlog.PrintLoggerFactory())


def create_app():
    app = Flask(__name__)
    app.config["SESSION_TYPE"] = "redis"
    app.config["SESSION_REDIS"] = redis.from_url(os.environ["REDIS_URL"])
    app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
    return app
