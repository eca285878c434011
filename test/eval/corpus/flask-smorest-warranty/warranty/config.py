import os


class Config:
    API_TITLE = "Warranty API"
    API_VERSION = "v1"
    OPENAPI_VERSION = "3.0.3"
    SQLALCHEMY_DATABASE_URI = os.environ["DATABASE_URL"]
    SECRET_KEY = os.environ["SECRET_KEY"]  # tfl-eval-not: hardcoded-credential
    SESSION_TYPE = "filesystem"  # tfl-eval: memory-session-store
    SESSION_FILE_DIR = "/tmp/warranty-sessions"
    SESSION_PERMANENT = False


class TestConfig(Config):
    TESTING = True
    SQLALCHEMY_DATABASE_URI = "sqlite://"
    SESSION_TYPE = "filesystem"  # tfl-eval-not: memory-session-store
