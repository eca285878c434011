from .base import *  # noqa: F401,F403

DEBUG = True
ALLOWED_HOSTS = ["localhost", "127.0.0.1"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES["default"] = {"BACKEND": "django.core.files.storage.FileSystemStorage"}

# Write SQL to a local file while debugging slow pages.
LOGGING["handlers"]["sql_file"] = {"class": "logging.FileHandler", "filename": BASE_DIR / "sql.log"}
LOGGING["loggers"] = {"django.db.backends": {"handlers": ["sql_file"], "level": "DEBUG"}}
