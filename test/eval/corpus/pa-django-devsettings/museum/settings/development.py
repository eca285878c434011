"""Settings for running the museum catalogue on a laptop: `DJANGO_SETTINGS_MODULE=museum.settings.development`."""
from .base import *  # noqa

DEBUG = True
ALLOWED_HOSTS = ["localhost", "127.0.0.1"]

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "development-secret-key-not-for-prod")  # tfl-eval-not: hardcoded-credential

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "museum_dev",
        "USER": "museum",
        "PASSWORD": "museum-dev-password",  # tfl-eval-not: hardcoded-credential
        "HOST": "localhost",  # tfl-eval-not: hardcoded-backing-service
        "PORT": "5432",
    }
}

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}  # tfl-eval-not: memory-session-store
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

LOGGING = {
    "version": 1,
    "handlers": {"file": {"class": "logging.FileHandler", "filename": "debug.log"}},  # tfl-eval-not: file-logger
    "root": {"handlers": ["file"], "level": "DEBUG"},
}
