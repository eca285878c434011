import os

from celery import Celery

celery = Celery("invoicer", broker=os.environ["CELERY_BROKER_URL"], backend=os.environ.get("CELERY_RESULT_BACKEND"))


@celery.task
def render_invoice(invoice_id):
    return f"invoice-{invoice_id}.pdf"
