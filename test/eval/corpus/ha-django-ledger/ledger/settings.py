import os

import dj_database_url

DEBUG = os.environ.get("DEBUG", "0") == "1"
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]

DATABASES = {
    "default": dj_database_url.parse(os.environ["DATABASE_URL"]),  # tfl-eval-not: hardcoded-backing-service
    "archive": dj_database_url.parse("postgres://ledger:T6vPq3RzW8nm@10.40.2.11:5432/ledger_archive"),  # tfl-eval: hardcoded-credential, hardcoded-backing-service
}

CELERY_BROKER_URL = "amqp://ledger:Jm5sX9cKq2Rw@mq.ledger.internal:5672/ledger"  # tfl-eval: hardcoded-credential, hardcoded-backing-service
CELERY_RESULT_BACKEND = os.environ.get("CELERY_RESULT_BACKEND", "redis://localhost:6379/1")  # tfl-eval-not: hardcoded-backing-service
