from .base import *  # noqa: F401,F403

SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",  # tfl-eval: memory-session-store
        "LOCATION": "loans-default",
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {
        "console": {"class": "logging.StreamHandler"},  # tfl-eval-not: file-logger
        "file": {
            "class": "logging.handlers.RotatingFileHandler",  # tfl-eval: file-logger
            "filename": "/var/log/loans/django.log",
            "maxBytes": 10 * 1024 * 1024,
            "backupCount": 5,
        },
    },
    "root": {"handlers": ["console", "file"], "level": "INFO"},
}
