import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "proj.settings")  # tfl-eval-not: hardcoded-credential
os.environ.setdefault("CELERY_BROKER_URL", "redis://localhost:6379/1")  # tfl-eval-not: hardcoded-credential

app = Celery("proj")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
