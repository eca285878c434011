from pathlib import Path

import environ

env = environ.Env()
BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = env("DJANGO_SECRET_KEY", default="django-insecure-GCKTdLauEL4ds6NAZUduR2GKdHwRgsNbvYnOVsR7G9Vde7nyWm")  # tfl-eval: hardcoded-credential
DEBUG = env.bool("DJANGO_DEBUG", default=False)
INSTALLED_APPS = ["django.contrib.auth", "django.contrib.contenttypes", "anymail", "storages", "social_django", "newsletter"]
AUTH_PASSWORD_VALIDATORS = [{"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"}]  # tfl-eval-not: hardcoded-credential
PASSWORD_RESET_TIMEOUT = 259200  # tfl-eval-not: hardcoded-credential
SOCIAL_AUTH_GITHUB_KEY = env("GITHUB_KEY", default="")  # tfl-eval-not: hardcoded-credential
SOCIAL_AUTH_GITHUB_SECRET = env("GITHUB_SECRET", default="")  # tfl-eval-not: hardcoded-credential
