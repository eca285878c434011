import os

basedir = os.path.abspath(os.path.dirname(__file__))


class Config:
    SECRET_KEY = "notes_app_secret_key"  # tfl-eval: hardcoded-credential
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL")
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    NOTES_PER_PAGE = 20
    SESSION_COOKIE_NAME = "notes_session"
