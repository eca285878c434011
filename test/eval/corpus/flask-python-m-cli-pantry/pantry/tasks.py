import os

from celery import Celery

celery = Celery("pantry", broker=os.environ.get("CELERY_BROKER_URL"))


@celery.task
def restock_report():
    return "ok"
