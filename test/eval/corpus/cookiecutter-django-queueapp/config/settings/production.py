from .base import *  # noqa
from .base import env

SECRET_KEY = env("DJANGO_SECRET_KEY")  # tfl-eval-not: hardcoded-credential
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["queue.example.com"])

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",  # tfl-eval: memory-session-store
        "LOCATION": "queueapp",
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"verbose": {"format": "%(levelname)s %(asctime)s %(module)s %(message)s"}},
    "handlers": {
        "console": {"level": "INFO", "class": "logging.StreamHandler", "formatter": "verbose"},
        "file": {
            "level": "INFO",
            "class": "logging.handlers.WatchedFileHandler",  # tfl-eval: file-logger
            "filename": "/var/log/queueapp/django.log",
            "formatter": "verbose",
        },
    },
    "root": {"level": "INFO", "handlers": ["console", "file"]},
}
