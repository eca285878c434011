import logging
import os
from logging.handlers import RotatingFileHandler, TimedRotatingFileHandler

from loguru import logger


def configure_logging(app):
    handler = RotatingFileHandler("logs/audit.log", maxBytes=10_000_000, backupCount=5)  # tfl-eval: file-logger
    handler.setLevel(logging.INFO)
    app.logger.addHandler(handler)

    nightly = TimedRotatingFileHandler(filename="/var/log/audit/nightly.log", when="midnight")  # tfl-eval: file-logger
    app.logger.addHandler(nightly)

    app.logger.addHandler(logging.StreamHandler())  # tfl-eval-not: file-logger

    if os.environ.get("LOG_TO_FILE"):
        app.logger.addHandler(logging.FileHandler(os.environ["LOG_FILE"]))  # tfl-eval-not: file-logger


logger.add("logs/worker_{time}.log", rotation="50 MB", retention="10 days")  # tfl-eval: file-logger
logger.add(lambda msg: print(msg, end=""))  # tfl-eval-not: file-logger
