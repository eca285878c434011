from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent
env = environ.Env()

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "posts",
]

ROOT_URLCONF = "kennel.urls"
LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
