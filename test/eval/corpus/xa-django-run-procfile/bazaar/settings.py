"""Settings for the bazaar shop; every deploy-specific value comes from the environment."""
from os import environ
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = environ["DJANGO_SECRET_KEY"]
DEBUG = environ.get("DJANGO_DEBUG") == "1"
ALLOWED_HOSTS = [host for host in environ.get("ALLOWED_HOSTS", "").split(",") if host]
INSTALLED_APPS = ["django.contrib.contenttypes", "django.contrib.auth", "django.contrib.staticfiles", "orders"]
DATABASES = {"default": dj_database_url.config(conn_max_age=600)}
ROOT_URLCONF = "bazaar.urls"
WSGI_APPLICATION = "bazaar.wsgi.application"
STATIC_ROOT = BASE_DIR / "staticfiles"
