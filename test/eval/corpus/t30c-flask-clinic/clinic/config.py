import os


class Config:
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    MAIL_SERVER = "smtp.163.com"  # tfl-eval: hardcoded-backing-service
    MAIL_PORT = 465
    MAIL_USE_SSL = True
    MAIL_USERNAME = "clinic_notice@163.com"
    MAIL_PASSWORD = "abc804127"  # tfl-eval: hardcoded-credential


class ProductionConfig(Config):
    SQLALCHEMY_DATABASE_URI = "mysql+pymysql://clinic:xyz730516!@121.40.77.12:3306/clinic"  # tfl-eval: hardcoded-credential, hardcoded-backing-service
    SECRET_KEY = os.environ.get("SECRET_KEY")


class TestingConfig(Config):
    TESTING = True
    SQLALCHEMY_DATABASE_URI = "sqlite://"
    MAIL_PASSWORD = "abc123"  # tfl-eval-not: hardcoded-credential


config = {"production": ProductionConfig, "testing": TestingConfig}
