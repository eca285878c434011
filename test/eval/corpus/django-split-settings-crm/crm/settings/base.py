import os
from pathlib import Path
import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "django-insecure-dev-only")  # tfl-eval-not: hardcoded-credential
DATABASES = {"default": dj_database_url.config(conn_max_age=600)}  # tfl-eval-not: hardcoded-credential
AUTH_PASSWORD_VALIDATORS = [{"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"}]
