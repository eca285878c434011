import os

basedir = os.path.abspath(os.path.dirname(__file__))


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY")
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    MAIL_SERVER = "smtp.gmail.com"  # tfl-eval: hardcoded-backing-service
    MAIL_PORT = 587
    MAIL_USE_TLS = True
    MAIL_USERNAME = os.environ.get("MAIL_USERNAME")
    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD")
    MAIL_DEFAULT_SENDER = "Mailroom <news@mailroom.example.org>"  # tfl-eval-not: hardcoded-backing-service
    NEWSLETTER_BATCH_SIZE = 200


class DevelopmentConfig(Config):
    DEBUG = True
    MAIL_SERVER = "localhost"  # tfl-eval-not: hardcoded-backing-service
    MAIL_PORT = 1025
    SQLALCHEMY_DATABASE_URI = "sqlite:///" + os.path.join(basedir, "dev.db")


class ProductionConfig(Config):
    MAIL_SERVER = "email-smtp.eu-west-1.amazonaws.com"  # tfl-eval: hardcoded-backing-service
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL")


config = {"development": DevelopmentConfig, "production": ProductionConfig, "default": DevelopmentConfig}
