"""Base settings to build other settings files upon."""
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve(strict=True).parent.parent.parent
APPS_DIR = BASE_DIR / "queueapp"
env = environ.Env()

DEBUG = env.bool("DJANGO_DEBUG", False)
TIME_ZONE = "UTC"
LANGUAGE_CODE = "en-us"
USE_TZ = True

DATABASES = {"default": env.db("DATABASE_URL")}
DATABASES["default"]["ATOMIC_REQUESTS"] = True

DJANGO_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]
LOCAL_APPS = ["queueapp.tickets.apps.TicketsConfig"]
INSTALLED_APPS = DJANGO_APPS + LOCAL_APPS

# Sessions in the cache; the cache is per environment (production.py).
SESSION_ENGINE = "django.contrib.sessions.backends.cache"
ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
