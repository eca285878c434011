import os

from celery import Celery

# The export worker reads its broker from the deploy; results go over the broker itself.
exports_app = Celery(
    "exports",
    broker=os.environ["EXPORTS_BROKER_URL"],  # tfl-eval-not: hardcoded-backing-service
    backend="rpc://",  # tfl-eval-not: hardcoded-backing-service
)
exports_app.conf.broker_connection_retry_on_startup = True
