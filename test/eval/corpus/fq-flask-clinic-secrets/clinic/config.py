import os


class Config:
    SECRET_KEY = os.getenv("SECRET_KEY", "changeme")  # tfl-eval: hardcoded-credential
    JWT_SECRET_KEY = os.environ.get("JWT_SECRET_KEY", "default")  # tfl-eval: hardcoded-credential
    SQLALCHEMY_DATABASE_URI = os.environ["DATABASE_URL"]
    MAIL_PASSWORD = os.getenv("MAIL_PASSWORD", "changeme")  # tfl-eval-not: hardcoded-credential
    SENTRY_ENVIRONMENT = os.getenv("SENTRY_ENVIRONMENT", "default")  # tfl-eval-not: hardcoded-credential
    UPLOAD_SECRET_PREFIX = os.getenv("UPLOAD_SECRET_PREFIX", "")  # tfl-eval-not: hardcoded-credential
