import os


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY")
    DATABASE_USERNAME = os.environ.get("DATABASE_USERNAME", "discussion")
    DATABASE_PASSWORD = os.environ.get("DATABASE_PASSWORD")
    DBNAME = "discussion"
    PORT = 5432
    HOST = "10.20.4.11"  # tfl-eval: hardcoded-backing-service
    SQLALCHEMY_DATABASE_URI = f"postgresql://{DATABASE_USERNAME}:{DATABASE_PASSWORD}@{HOST}:{PORT}/{DBNAME}"
    SQLALCHEMY_TRACK_MODIFICATIONS = False


class ProductionConfig(Config):
    DEBUG = False


class DevelopmentConfig(Config):
    DEBUG = True
    REDIS_HOST = "localhost"
    CACHE_REDIS_URL = f"redis://{REDIS_HOST}:6379/0"  # tfl-eval-not: hardcoded-backing-service
