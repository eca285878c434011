import logging
import os

from celery import Celery
from celery.signals import after_setup_logger
from loguru import logger

app = Celery("reports", broker=os.environ["CELERY_BROKER_URL"])
app.conf.result_backend = os.environ.get("CELERY_RESULT_BACKEND")

logger.add("logs/reports_{time}.log", rotation="1 day", retention="14 days")  # tfl-eval: file-logger


@after_setup_logger.connect
def setup_loggers(logger, *args, **kwargs):
    handler = logging.StreamHandler()  # tfl-eval-not: file-logger
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)


@app.task
def build_report(report_id):
    logger.info("building report {}", report_id)
