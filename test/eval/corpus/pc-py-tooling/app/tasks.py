import os

from celery import Celery

celery = Celery("tracker", broker=os.environ["CELERY_BROKER_URL"], backend=os.environ.get("CELERY_RESULT_BACKEND"))
celery.conf.worker_hijack_root_logger = False


@celery.task
def refresh_feed(feed_id):
    return feed_id
