import os


class Config:
    SECRET_KEY = os.environ["SECRET_KEY"]  # tfl-eval-not: hardcoded-credential
    DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql://larder@localhost/larder")  # tfl-eval-not: hardcoded-backing-service,hardcoded-credential
    SESSION_PERMANENT = False
    PANTRY_SHELVES = ["Dry goods", "Tins", "Spices", "Freezer"]  # tfl-eval-not: memory-session-store
