from pathlib import Path

import environ
from django.core.management.utils import get_random_secret_key

BASE_DIR = Path(__file__).resolve().parent.parent.parent
env = environ.Env(DEBUG=(bool, False))
environ.Env.read_env(BASE_DIR / ".env")

SECRET_KEY = env("DJANGO_SECRET_KEY", default="django-insecure-l8zovxlu4qkthkqhni3kt3hd72wr2d8qtoun2p8ge2k2a1t7s2")  # tfl-eval: hardcoded-credential
DEBUG = env("DEBUG")
DATABASES = {"default": env.db("DATABASE_URL", default="postgres://alumni:eNuIZIKgY8cBBIro3f@db.alumni.internal:5432/alumni")}  # tfl-eval: hardcoded-credential, hardcoded-backing-service
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default="redis://localhost:6379/0")  # tfl-eval-not: hardcoded-credential

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
]
PASSWORD_RESET_TIMEOUT = 3600
PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher", "django.contrib.auth.hashers.PBKDF2PasswordHasher"]
SESSION_COOKIE_NAME = "alumni_session"
CSRF_COOKIE_NAME = "alumni_csrftoken"
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_LOGIN_METHODS = {"email"}

SOCIALACCOUNT_PROVIDERS = {
    "google": {
        "APP": {
            "client_id": "022126327421-z2jocv3lmi22ql7s54dplkja1yocln9w.apps.googleusercontent.com",
            "secret": "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",  # tfl-eval: hardcoded-credential
            "key": "",
        },
        "SCOPE": ["profile", "email"],
    },
    "github": {
        "APP": {"client_id": "Iv1.d527eccbbf624c50", "secret": env("GITHUB_OAUTH_SECRET"), "key": ""},  # tfl-eval-not: hardcoded-credential
    },
    "linkedin_oauth2": {
        "APP": {"client_id": "6diayd34udcr1w", "secret": "PitPVG109nwTq6hO"},  # tfl-eval: hardcoded-credential
    },
}

AWS_ACCESS_KEY_ID = env("AWS_ACCESS_KEY_ID", default="")
AWS_SECRET_ACCESS_KEY = env("AWS_SECRET_ACCESS_KEY", default="")  # tfl-eval-not: hardcoded-credential
AWS_STORAGE_BUCKET_NAME = "alumni-media"
