import os

BASE_DIR = os.path.abspath(os.path.dirname(__file__))


def sqlite_uri(name):
    return "sqlite:///{}".format(os.path.join(BASE_DIR, name))


def env_uri(name):
    return os.environ.get(name)


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY")
    SQLALCHEMY_TRACK_MODIFICATIONS = False


class DevelopmentConfig(Config):
    DEBUG = True
    SQLALCHEMY_DATABASE_URI = sqlite_uri("dev.db")  # tfl-eval: dev-prod-divergence


class TestingConfig(Config):
    TESTING = True
    SQLALCHEMY_DATABASE_URI = env_uri("TEST_DATABASE_URL")


class ProductionConfig(Config):
    SQLALCHEMY_DATABASE_URI = "postgresql://catalog@catalog-db.internal/catalog"  # tfl-eval: hardcoded-backing-service
