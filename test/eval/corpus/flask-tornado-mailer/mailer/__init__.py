import os

from flask import Flask
from flask_mail import Mail

mail = Mail()


def create_app(test_config=None):
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_mapping(SECRET_KEY="dev", DATABASE=os.path.join(app.instance_path, "mailer.sqlite"))  # tfl-eval-not: hardcoded-credential
    app.config.update(
        MAIL_SERVER="smtp.gmail.com", # tfl-eval: hardcoded-backing-service
        MAIL_PORT=587,
        MAIL_USE_TLS=True,
        MAIL_USERNAME="newsletter.mailer@gmail.com",
        MAIL_PASSWORD="magl kwpg jpxk uajr",  # tfl-eval: hardcoded-credential
    )
    if test_config is None:
        app.config.from_pyfile("config.py", silent=True)
    else:
        app.config.update(test_config)
    mail.init_app(app)
    return app
