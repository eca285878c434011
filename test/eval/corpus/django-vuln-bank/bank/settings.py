"""Settings for the vulnerable bank training app. Do not deploy."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "django-insecure-7q$w!c9z_@k2m#v^p1x8r&h6n0t4y3b5e%f*s(j)u+l-gdqa" # tfl-eval: hardcoded-credential

DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "localhost").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "accounts",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("DB_NAME", "vulnbank"),
        "USER": os.environ.get("DB_USER", "vulnbank"),
        "PASSWORD": "Tr4nsf3r-M0ney-2024", # tfl-eval: hardcoded-credential
        "HOST": os.environ.get("DB_HOST", "localhost"),
        "PORT": "5432",
    }
}

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
LANGUAGE_CODE = "en-us"
STATIC_URL = "/static/"
