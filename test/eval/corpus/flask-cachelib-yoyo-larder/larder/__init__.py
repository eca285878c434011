import logging
import os
from logging.handlers import WatchedFileHandler

from cachelib.file import FileSystemCache
from flask import Flask
from flask_session import Session
from yoyo import get_backend, read_migrations

from larder.config import Config

sess = Session()


def _configure_logging(app):
    # logrotate on the VM rotates this file; WatchedFileHandler reopens it.
    handler = WatchedFileHandler("/var/log/larder/app.log")  # tfl-eval: file-logger
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    app.logger.addHandler(handler)
    app.logger.setLevel(logging.INFO)


def _apply_migrations(url):
    backend = get_backend(url)
    migrations = read_migrations(os.path.join(os.path.dirname(__file__), "..", "migrations"))
    with backend.lock():
        backend.apply_migrations(backend.to_apply(migrations))  # tfl-eval: startup-migration


def create_app(config_class=Config):
    app = Flask(__name__)
    app.config.from_object(config_class)
    app.config["SESSION_TYPE"] = "cachelib"
    app.config["SESSION_CACHELIB"] = FileSystemCache(cache_dir="/var/lib/larder/sessions", threshold=2000)  # tfl-eval: memory-session-store
    sess.init_app(app)
    _configure_logging(app)
    _apply_migrations(app.config["DATABASE_URL"])

    from larder.views import bp

    app.register_blueprint(bp)
    return app
