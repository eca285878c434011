import os


class Config:
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    SESSION_COOKIE_NAME = "wildlife_session"
    PASSWORD_FIELD_NAME = "wildlife_password"
    UPLOAD_FOLDER = os.environ.get("UPLOAD_FOLDER", "/var/lib/wildlife/uploads")


class ProductionConfig(Config):
    DB_HOST = "wildlife-prod.cluster-cq8v2x7k1m.eu-west-2.rds.amazonaws.com" # tfl-eval: hardcoded-backing-service
    DB_NAME = "wildlife"
    DB_USER = "wildlife"
    DB_PASSWORD = "wildlife_password"  # tfl-eval: hardcoded-credential
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL")
    SECRET_KEY = "sightings_secret"  # tfl-eval: hardcoded-credential
    CELERY_BROKER_URL = "amqp://wildlife:Hn4rTq8ZkW2m@rabbitmq.wildlife.internal:5672/sightings"  # tfl-eval: hardcoded-credential, hardcoded-backing-service
    CELERY_RESULT_BACKEND = os.environ.get("CELERY_RESULT_BACKEND", "redis://localhost:6379/1")


class DevelopmentConfig(Config):
    DB_HOST = "localhost"
    DB_PASSWORD = os.environ.get("DB_PASSWORD", "db_password")
    SECRET_KEY = os.environ.get("SECRET_KEY", "your_secret_key")
