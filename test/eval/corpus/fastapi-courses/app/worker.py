import os

from celery import Celery

celery_app = Celery("courses", broker=os.environ["REDIS_URL"], backend=os.environ.get("CELERY_RESULT_BACKEND"))
celery_app.conf.update(task_acks_late=True, worker_prefetch_multiplier=1, broker_connection_retry_on_startup=True)


@celery_app.task(name="courses.send_certificate")
def send_certificate(enrolment_id: str) -> None:
    from app.services.certificates import render_and_mail

    render_and_mail(enrolment_id)
