import logging.config
import os

import yaml
from flask import Flask
from flask_migrate import Migrate, upgrade
from flask_session import Session
from flask_smorest import Api
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()
migrate = Migrate()
sess = Session()


def create_app(config_object="warranty.config.Config"):
    with open(os.path.join(os.path.dirname(__file__), "..", "logging.yaml")) as fh:
        logging.config.dictConfig(yaml.safe_load(fh))

    app = Flask(__name__)
    app.config.from_object(config_object)
    db.init_app(app)
    migrate.init_app(app, db)
    sess.init_app(app)

    with app.app_context():
        upgrade()  # tfl-eval: startup-migration

    api = Api(app)
    from warranty.api.claims import blp as claims_blp
    api.register_blueprint(claims_blp)
    return app
