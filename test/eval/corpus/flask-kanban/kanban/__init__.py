import os

from flask import Flask
from flask_mail import Mail
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()
mail = Mail()


def create_app(test_config=None):
    app = Flask(__name__, instance_relative_config=True)
    app.secret_key = "9c0a9ce4e92024a08fae20b80272f961"  # tfl-eval: hardcoded-credential
    app.config.update(
        SQLALCHEMY_DATABASE_URI=os.environ.get("DATABASE_URL", "sqlite:///kanban.db"),  # tfl-eval-not: hardcoded-credential
        MAIL_SERVER="smtp.mailgun.org", # tfl-eval: hardcoded-backing-service
        MAIL_PORT=587,
        MAIL_USE_TLS=True,
        MAIL_USERNAME="postmaster@mg.kanban.example.com",
        MAIL_PASSWORD="bC6ojRKFdZwPGhk7nTsPeDOLXQkeA1OP",  # tfl-eval: hardcoded-credential
        GITHUB_OAUTH_CLIENT_ID="Iv1.596aa9497788395d8cbea461cd04cd4a",
        GITHUB_OAUTH_CLIENT_SECRET="Hf9kNxIu8M6VHUXOwhiN59lksbPMZt4RwPuB42fP",  # tfl-eval: hardcoded-credential
        WTF_CSRF_SECRET_KEY=os.environ.get("CSRF_SECRET", os.urandom(24)),  # tfl-eval-not: hardcoded-credential
    )
    app.config["JWT_SECRET_KEY"] = "TJsvlNO4Ev0Vl8JiaYoUb7v+pE/+RuExyNHaezWd"  # tfl-eval: hardcoded-credential
    app.config["SESSION_COOKIE_NAME"] = "kanban_session"  # tfl-eval-not: hardcoded-credential
    if test_config is not None:
        app.config.from_mapping(test_config)

    db.init_app(app)
    mail.init_app(app)

    from . import boards, auth

    app.register_blueprint(auth.bp)
    app.register_blueprint(boards.bp)
    return app
