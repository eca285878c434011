import os

from flask import Flask
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


def create_app():
    app = Flask(__name__)
    app.secret_key = 'example'  # tfl-eval: hardcoded-credential
    app.config['SQLALCHEMY_DATABASE_URI'] = os.environ['DATABASE_URL']
    app.config['ADMIN_PASSWORD'] = os.environ.get('ADMIN_PASSWORD', 'changeme')  # tfl-eval: hardcoded-credential
    app.config['MAIL_PASSWORD'] = os.environ.get('MAIL_PASSWORD', 'changeme')  # tfl-eval-not: hardcoded-credential
    db.init_app(app)

    from .auth import bp as auth_bp
    app.register_blueprint(auth_bp)
    return app
