import os

from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["bookclub.example.org"]

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "bookclub",
        "USER": "bookclub",
        "PASSWORD": os.environ["DB_PASSWORD"],
        "HOST": os.environ.get("DB_HOST", "localhost"),
        "PORT": "5432",
    }
}

EMAIL_HOST = "smtp.postmarkapp.com"  # tfl-eval: hardcoded-backing-service
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = os.environ.get("POSTMARK_TOKEN")
EMAIL_HOST_PASSWORD = os.environ.get("POSTMARK_TOKEN")
