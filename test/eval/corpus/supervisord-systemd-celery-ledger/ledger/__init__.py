import os

from celery import Celery
from flask import Flask

app = Flask(__name__)
celery = Celery(__name__, broker=os.environ["CELERY_BROKER_URL"])


@app.get("/health")
def health():
    return {"ok": True}


@celery.task
def reconcile(account_id: int) -> None:
    app.logger.info("reconciling %s", account_id)
