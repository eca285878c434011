"""Django settings for readinglist (one settings module, switches read from the environment)."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG", "") == "1"
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "localhost").split(",")

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "shelf.apps.ShelfConfig",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

ROOT_URLCONF = "readinglist.urls"
WSGI_APPLICATION = "readinglist.wsgi.application"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "readinglist",
        "USER": os.environ.get("DB_USER", "readinglist"),
        "PASSWORD": os.environ.get("DB_PASSWORD", ""),
        "HOST": "readinglist-prod.cluster-c3v9qk2m1x.eu-west-1.rds.amazonaws.com",  # tfl-eval: hardcoded-backing-service
        "PORT": os.environ.get("DB_PORT", "5432"),
    }
}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ.get("REDIS_URL", "redis://localhost:6379/1"),  # tfl-eval-not: hardcoded-backing-service
    }
}

# Sessions live on the web node's disk; the load balancer pins users to a node.
SESSION_ENGINE = "django.contrib.sessions.backends.file"  # tfl-eval: memory-session-store
SESSION_FILE_PATH = "/var/tmp/readinglist-sessions"
SESSION_COOKIE_AGE = 60 * 60 * 24 * 30

LOG_TO_STDOUT = os.environ.get("LOG_TO_STDOUT") == "1"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain"},
        "logfile": {
            "class": "logging.handlers.RotatingFileHandler",  # tfl-eval: file-logger
            "filename": BASE_DIR / "logs" / "readinglist.log",
            "maxBytes": 5 * 1024 * 1024,
            "backupCount": 5,
            "formatter": "plain",
        },
    },
    "root": {"handlers": ["console" if LOG_TO_STDOUT else "logfile"], "level": "INFO"},
}

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
