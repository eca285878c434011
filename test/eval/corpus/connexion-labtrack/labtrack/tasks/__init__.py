from celery import Celery

from labtrack.settings import get_settings

celery_app = Celery("labtrack", broker=str(get_settings().broker_url))
celery_app.conf.update(task_acks_late=True, worker_prefetch_multiplier=1, broker_connection_retry_on_startup=True)
