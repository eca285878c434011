import os
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent
env = environ.Env()

SECRET_KEY = env("SECRET_KEY")
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[".appspot.com"])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "catalog",
]

DATABASES = {"default": env.db("DATABASE_URL")}
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
CACHES = {"default": env.cache("CACHE_URL", default="redis://" + os.environ.get("REDIS_HOST", "") + ":6379/1")}
STATIC_ROOT = BASE_DIR / "static"
STATIC_URL = "/static/"
LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}
