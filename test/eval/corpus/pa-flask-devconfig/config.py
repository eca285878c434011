import os


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY")
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL")
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    MAIL_SERVER = os.environ.get("MAIL_SERVER")


class DevelopmentConfig(Config):
    DEBUG = True
    SECRET_KEY = "dev-secret-key"  # tfl-eval-not: hardcoded-credential
    SQLALCHEMY_DATABASE_URI = "postgresql://recipes:recipes-dev@localhost:5432/recipes_dev"  # tfl-eval-not: hardcoded-credential, hardcoded-backing-service
    MAIL_SERVER = "localhost"
    MAIL_PASSWORD = "devmail"  # tfl-eval-not: hardcoded-credential


class LocalConfig(DevelopmentConfig):
    JWT_SECRET_KEY = "local-jwt-secret"  # tfl-eval-not: hardcoded-credential
    REDIS_URL = "redis://localhost:6379/0"  # tfl-eval-not: hardcoded-backing-service


class ProductionConfig(Config):
    DEBUG = False
    JWT_SECRET_KEY = "WuyOh0VdGhUvKXXYKUcdA7vDKxIFBQvn"  # tfl-eval: hardcoded-credential


config = {
    "development": DevelopmentConfig,
    "local": LocalConfig,
    "production": ProductionConfig,
    "default": DevelopmentConfig,
}
