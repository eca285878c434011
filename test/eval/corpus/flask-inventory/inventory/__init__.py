import os

from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from flask_mail import Mail

db = SQLAlchemy()
mail = Mail()


def create_app():
    app = Flask(__name__)
    app.config['SECRET_KEY'] = '48fd9cce8a0783263df93b0e7e6d8e15d1073c8470973ac6'  # tfl-eval: hardcoded-credential
    app.config['SQLALCHEMY_DATABASE_URI'] = os.environ.get('DATABASE_URL', 'sqlite:///inventory.db')
    app.config['SQLALCHEMY_TRACK_MODIFICATIONS'] = False
    app.config['MAIL_SERVER'] = 'smtp.mailgun.org' # tfl-eval: hardcoded-backing-service
    app.config['MAIL_USERNAME'] = 'postmaster@mg.inventory.example'
    app.config['MAIL_PASSWORD'] = os.environ.get('MAIL_PASSWORD', '59db33ed65da98d09c06775a56f6b267-714dccca-41ba96f3')  # tfl-eval: hardcoded-credential
    app.config['SECURITY_PASSWORD_SALT'] = '68872642490358048437962542518161507706'  # tfl-eval: hardcoded-credential
    app.config['SECURITY_PASSWORD_HASH'] = 'argon2'  # tfl-eval-not: hardcoded-credential
    app.config['JWT_TOKEN_LOCATION'] = ['headers', 'cookies']  # tfl-eval-not: hardcoded-credential
    app.config.update(
        WTF_CSRF_SECRET_KEY='9BkDyABvLvpMkbLBKgTeDdUIiv4H59mz',  # tfl-eval: hardcoded-credential
        RECAPTCHA_PRIVATE_KEY=os.environ.get('RECAPTCHA_PRIVATE_KEY'),  # tfl-eval-not: hardcoded-credential
    )
    db.init_app(app)
    mail.init_app(app)

    from .auth.views import auth_bp
    app.register_blueprint(auth_bp)
    return app
