import os

from celery import Celery

app = Celery("tasks", broker=os.environ["BROKER_URL"])
