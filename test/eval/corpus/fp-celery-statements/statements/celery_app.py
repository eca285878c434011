from celery import Celery

celery_app = Celery(
    "statements",
    broker="pyamqp://guest:guest@localhost//",  # tfl-eval: hardcoded-backing-service
    backend="redis://results.statements.internal:6379/1",  # tfl-eval: hardcoded-backing-service
    include=["statements.tasks"],
)

celery_app.conf.update(
    result_expires=3600,
    task_acks_late=True,
)
