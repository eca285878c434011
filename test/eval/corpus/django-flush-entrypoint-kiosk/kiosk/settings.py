import os

import dj_database_url

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "").split(",")
INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "kiosk.screens",
]
ROOT_URLCONF = "kiosk.urls"
WSGI_APPLICATION = "kiosk.wsgi.application"
DATABASES = {"default": dj_database_url.config(conn_max_age=600)}
