from .base import *  # noqa

DEBUG = True
SECRET_KEY = "insecure-dev-key-for-local-runs"  # tfl-eval-not: hardcoded-credential
CELERY_BROKER_URL = "redis://localhost:6379/0"  # tfl-eval-not: hardcoded-backing-service
EMAIL_HOST = "localhost"
EMAIL_HOST_PASSWORD = "mailpit"  # tfl-eval-not: hardcoded-credential
