import os
from pathlib import Path

import environ

env = environ.Env()
BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = env("DJANGO_SECRET_KEY", default="django-insecure-QKyLG4AI8ug8dN7izyQHtnWtB7oErt1b5Xlfkz0a")  # tfl-eval: hardcoded-credential
DEBUG = env.bool("DJANGO_DEBUG", default=False)

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "USER": "shop",
        "PASSWORD": env("POSTGRES_PASSWORD"),
        "HOST": env("POSTGRES_HOST", default="localhost"),
    }
}

EMAIL_HOST_PASSWORD = "Orch1d#319qw"  # tfl-eval: hardcoded-credential
AUTH_PASSWORD_VALIDATORS = [{"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"}]
CELERY_BROKER_URL = "amqp://shop:Quas4r!881gy@rabbit.internal:5672//"  # tfl-eval: hardcoded-credential, hardcoded-backing-service
SOCIAL_AUTH_GOOGLE_OAUTH2_SECRET = "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"  # tfl-eval: hardcoded-credential
PASSWORD_RESET_TIMEOUT = 259200
