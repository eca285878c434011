import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.staticfiles",
    "tickets",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "events",
        "USER": os.environ.get("DB_USER", "events"),
        "PASSWORD": os.environ.get("DB_PASSWORD", ""),
        "HOST": "events-db.internal.acme.net",  # tfl-eval: hardcoded-backing-service
        "PORT": "5432",
    }
}

if DEBUG:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}  # tfl-eval: dev-prod-divergence
else:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        }
    }

SESSION_ENGINE = "django.contrib.sessions.backends.cache"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {
        "console": {"class": "logging.StreamHandler"},  # tfl-eval-not: file-logger
        "file": {
            "class": "logging.handlers.RotatingFileHandler",  # tfl-eval: file-logger
            "filename": "/var/log/events/django.log",
            "maxBytes": 10485760,
            "backupCount": 5,
        },
    },
    "root": {"handlers": ["console", "file"], "level": "INFO"},
}

CELERY_BROKER_URL = "amqp://rabbitmq.internal.acme.net:5672/events"  # tfl-eval: hardcoded-backing-service
STATIC_ROOT = BASE_DIR / "staticfiles"
