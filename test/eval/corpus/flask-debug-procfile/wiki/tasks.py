import os

from celery import Celery

celery = Celery("wiki", broker=os.environ["REDIS_URL"])


@celery.task
def reindex(page_id):
    return page_id
