import os


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY") or "817c7ef0e1219290910f3e140234e175"  # tfl-eval: hardcoded-credential
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    MAIL_SERVER = "smtp.gmail.com" # tfl-eval: hardcoded-backing-service
    MAIL_PORT = 587
    MAIL_USE_TLS = True
    POSTS_PER_PAGE = 20
    PASSWORD_MIN_LENGTH = 8  # tfl-eval-not: hardcoded-credential


class DevelopmentConfig(Config):
    DEBUG = True
    SQLALCHEMY_DATABASE_URI = "sqlite:///dev.db"  # tfl-eval: dev-prod-divergence


class ProductionConfig(Config):
    SQLALCHEMY_DATABASE_URI = "mysql+pymysql://shop:NMEzoQuKhtAUqI7kMf9C@shop-db.internal/shop"  # tfl-eval: hardcoded-credential, hardcoded-backing-service
    MAIL_USERNAME = "orders@shop.example.com"
    MAIL_PASSWORD = "PZBavueh7RuItFvKvZuG"  # tfl-eval: hardcoded-credential
    RECAPTCHA_SECRET_KEY = "6Le9lrKMIMrXXEg3oxvpOxvtl3dQuWOL2uUabcde"  # tfl-eval: hardcoded-credential


class TestingConfig(Config):
    TESTING = True
    SECRET_KEY = "testing"  # tfl-eval-not: hardcoded-credential
    WTF_CSRF_ENABLED = False


config = {"development": DevelopmentConfig, "production": ProductionConfig, "testing": TestingConfig}
