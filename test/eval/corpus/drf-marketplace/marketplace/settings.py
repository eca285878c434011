import os
from datetime import timedelta

import environ
from django.core.management.utils import get_random_secret_key

env = environ.Env(DEBUG=(bool, False))

SECRET_KEY = env("SECRET_KEY", default=get_random_secret_key())  # tfl-eval-not: hardcoded-credential
DEBUG = env("DEBUG")

DATABASES = {"default": env.db("DATABASE_URL", default="postgres://market:market@localhost:5432/market")}  # tfl-eval-not: hardcoded-credential

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework_simplejwt.authentication.JWTAuthentication"],
}

SIMPLE_JWT = {
    "ACCESS_TOKEN_LIFETIME": timedelta(minutes=15),  # tfl-eval-not: hardcoded-credential
    "ALGORITHM": "HS512",
    "SIGNING_KEY": "fd5149e4995243a229c56ef85768dbfc4e3d213e78685961a755baa35b9d2226",  # tfl-eval: hardcoded-credential
    "AUTH_HEADER_TYPES": ("Bearer",),  # tfl-eval-not: hardcoded-credential
}

SOCIAL_AUTH_GOOGLE_OAUTH2_KEY = "15b31932578d25e31e28a0b0852998a2.apps.googleusercontent.com"
SOCIAL_AUTH_GOOGLE_OAUTH2_SECRET = "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"  # tfl-eval: hardcoded-credential

ANYMAIL = {
    "MAILGUN_API_KEY": "key-c1850898a92e7505af40ad5fa890f60d",  # tfl-eval: hardcoded-credential
    "MAILGUN_SENDER_DOMAIN": "mg.marketplace.example.com",
}

RECAPTCHA_PUBLIC_KEY = "6LceBce5OJvncpS1bURVbxSK7oyH18jPXWX"  # tfl-eval-not: hardcoded-credential
RECAPTCHA_PRIVATE_KEY = "6LcGO0uGfq6fYL6YAQy89f8WbzHiD7g7fA6"  # tfl-eval: hardcoded-credential

SENTRY_DSN = "https://31d5dd9f24e34e794ceca15f632879b3@o123456.ingest.sentry.io/4504"  # tfl-eval-not: hardcoded-credential
PASSWORD_RESET_TIMEOUT = 3600  # tfl-eval-not: hardcoded-credential
OTP_TOKEN_LENGTH = 6  # tfl-eval-not: hardcoded-credential
