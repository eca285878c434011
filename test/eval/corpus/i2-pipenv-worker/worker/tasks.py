import os

from celery import Celery

app = Celery("worker", broker=os.environ["CELERY_BROKER_URL"])


@app.task
def render(report_id: int) -> str:
    return f"rendered {report_id}"
