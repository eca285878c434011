from .base import *  # noqa: F401,F403

DEBUG = True
SECRET_KEY = "django-insecure-local-only"  # tfl-eval-not: hardcoded-credential
ALLOWED_HOSTS = ["localhost", "127.0.0.1"]
CELERY_BROKER_URL = "amqp://guest:guest@localhost:5672//"  # tfl-eval-not: hardcoded-credential
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
