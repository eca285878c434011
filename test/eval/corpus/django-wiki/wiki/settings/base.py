import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG", "") == "1"
ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "pages",
]

SESSION_ENGINE = "django.contrib.sessions.backends.file"  # tfl-eval: memory-session-store
SESSION_FILE_PATH = "/var/tmp/wiki-sessions"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "verbose": {"format": "{levelname} {asctime} {module} {message}", "style": "{"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "verbose"},  # tfl-eval-not: file-logger
        "file": {
            "level": "INFO",
            "class": "logging.handlers.RotatingFileHandler",  # tfl-eval: file-logger
            "filename": BASE_DIR / "logs" / "wiki.log",
            "maxBytes": 5 * 1024 * 1024,
            "backupCount": 5,
            "formatter": "verbose",
        },
    },
    "loggers": {
        "django": {"handlers": ["console", "file"], "level": "INFO"},
        "pages": {"handlers": ["console", "file"], "level": "DEBUG", "propagate": False},
    },
}
