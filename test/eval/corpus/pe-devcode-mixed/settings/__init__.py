import os

DEBUG = os.environ.get("DEBUG") == "1"
SECRET_KEY = os.environ.get("SECRET_KEY")

if DEBUG:
    SECRET_KEY = SECRET_KEY or "debug-secret-key"  # tfl-eval-not: hardcoded-credential
    EMAIL_HOST_PASSWORD = "mailhog-debug"  # tfl-eval-not: hardcoded-credential
