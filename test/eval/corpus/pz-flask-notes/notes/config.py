import os


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY") or "notes-app-secret-key"  # tfl-eval: hardcoded-credential
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL") or "sqlite:///notes.db"
    WTF_CSRF_SECRET_KEY = os.environ.get("WTF_CSRF_SECRET_KEY", "csrf_secret_key")  # tfl-eval-not: hardcoded-credential
    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD", "mail_password")  # tfl-eval-not: hardcoded-credential


class TestingConfig(Config):
    TESTING = True
    SECRET_KEY = "testing-secret-key"  # tfl-eval-not: hardcoded-credential
