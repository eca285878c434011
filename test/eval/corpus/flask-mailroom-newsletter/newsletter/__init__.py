import os

from flask import Flask
from flask_mail import Mail
from flask_sqlalchemy import SQLAlchemy

from config import config

db = SQLAlchemy()
mail = Mail()


def create_app(config_name=None):
    app = Flask(__name__)
    app.config.from_object(config[config_name or os.getenv("FLASK_CONFIG", "default")])
    if os.getenv("MAILROOM_RELAY") == "sendgrid":
        app.config["MAIL_SERVER"] = "smtp.sendgrid.net"  # tfl-eval: hardcoded-backing-service
        app.config["MAIL_USERNAME"] = "apikey"
    db.init_app(app)
    mail.init_app(app)

    from .views import bp
    app.register_blueprint(bp)
    return app


def create_digest_app():
    app = Flask("digest")
    app.config.update(
        MAIL_SERVER="smtp.mailgun.org",  # tfl-eval: hardcoded-backing-service
        MAIL_PORT=465,
        MAIL_USE_SSL=True,
        MAIL_USERNAME=os.environ.get("DIGEST_MAIL_USER"),
        MAIL_PASSWORD=os.environ.get("DIGEST_MAIL_PASSWORD"),
    )
    mail.init_app(app)
    return app
