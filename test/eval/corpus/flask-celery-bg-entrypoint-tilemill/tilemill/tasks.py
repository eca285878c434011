import os

from celery import Celery

celery = Celery("tilemill", broker=os.environ["CELERY_BROKER_URL"])


@celery.task
def render(z: int, x: int, y: int) -> None:
    ...
