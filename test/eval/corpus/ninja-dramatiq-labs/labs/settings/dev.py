from .base import *  # noqa: F401,F403

DEBUG = True
ALLOWED_HOSTS = ["localhost", "127.0.0.1"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# Keep a copy of the SQL log next to the checkout while debugging queries locally.
LOGGING["handlers"]["sqlfile"] = {"class": "logging.FileHandler", "filename": BASE_DIR / "sql.log"}
LOGGING["loggers"] = {"django.db.backends": {"handlers": ["sqlfile"], "level": "DEBUG"}}
