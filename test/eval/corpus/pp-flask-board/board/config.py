import os
import secrets
import uuid


class Config:
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "sqlite:///board.db")
    SECRET_KEY = secrets.token_hex(32)  # tfl-eval: per-process-secret
    JWT_SECRET_KEY = str(uuid.uuid4())  # tfl-eval: per-process-secret
    JWT_ACCESS_TOKEN_EXPIRES = 3600
    MAX_CONTENT_LENGTH = 4 * 1024 * 1024


class StagingConfig(Config):
    # Staging reads its key when it is set; a missing one falls back to a throwaway key.
    SECRET_KEY = os.environ.get("SECRET_KEY") or os.urandom(24)  # tfl-eval-not: per-process-secret
