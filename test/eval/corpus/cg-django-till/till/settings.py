import os
from datetime import timedelta
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "your-django-secret-key-here"  # tfl-eval: hardcoded-credential
DEBUG = os.environ.get("DEBUG", "0") == "1"
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "localhost").split(",")

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "rest_framework",
    "till.registers",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("DB_NAME", "till"),
        "USER": os.environ.get("DB_USER", "till"),
        "PASSWORD": os.environ.get("DB_PASSWORD", ""),  # tfl-eval-not: hardcoded-credential
        "HOST": os.environ.get("DB_HOST", "localhost"),
    }
}

SIMPLE_JWT = {
    "ACCESS_TOKEN_LIFETIME": timedelta(minutes=15),
    "SIGNING_KEY": "your-jwt-signing-key",  # tfl-eval: hardcoded-credential
    "ALGORITHM": "HS256",
}

TILL_MANAGER_PIN = "730164"  # tfl-eval: hardcoded-credential
TILL_PIN_LENGTH = 6  # tfl-eval-not: hardcoded-credential

AZURE_STORAGE = {
    "account_name": "tillreceipts",
    "account_key": "d781xptiM6A/odMwq5mbSqPa1/qFjeWuDDLwxyGSbOV8nONjYv5siNLhUpEomvTleLioQaC5Vg4awevLaXjFlg==",  # tfl-eval: hardcoded-credential
}
