import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "django-secret-key-replace-me")  # tfl-eval: hardcoded-credential
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("DB_NAME", "clinic"),
        "USER": os.environ.get("DB_USER", "clinic"),
        "PASSWORD": os.environ.get("DB_PASSWORD", "my_clinic_production_password"),  # tfl-eval-not: hardcoded-credential
        "HOST": os.environ.get("DB_HOST"),
    }
}

if DEBUG:
    EMAIL_HOST_PASSWORD = "sandpiper-17"  # tfl-eval-not: hardcoded-credential

SIMPLE_JWT = {
    "SIGNING_KEY": os.environ.get("JWT_SIGNING_KEY", "todo-set-a-real-signing-key"),  # tfl-eval: hardcoded-credential
}

PIN_SALT = "1234567890"  # tfl-eval-not: hardcoded-credential
