import os
from pathlib import Path


class Config:
    SECRET_KEY = os.getenv("SECRET_KEY")
    PROJECT_ROOT = Path(__file__).parent.parent
    DB_URI = os.getenv("DB_URI")
    SQLALCHEMY_DATABASE_URI = DB_URI
    REDIS_URL = os.getenv("REDIS_URI")


class ProdConfig(Config):
    ENV = "prod"
    DEBUG = False


class DevConfig(Config):
    ENV = "dev"
    DEBUG = True
    SQLALCHEMY_DATABASE_URI = "mysql+pymysql://root:root@127.0.0.1:3306/flaskshop_dev" # tfl-eval-not: hardcoded-credential, hardcoded-backing-service


class TestConfig(Config):
    TESTING = True
    DEBUG = True
    SQLALCHEMY_DATABASE_URI = "mysql+pymysql://root:root@mysql-test:3306/flaskshop_test" # tfl-eval-not: hardcoded-credential, hardcoded-backing-service
    WTF_CSRF_ENABLED = False
