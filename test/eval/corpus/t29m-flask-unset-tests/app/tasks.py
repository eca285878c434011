import os

from celery import Celery
from pymongo import MongoClient

if "CELERY_BROKER_URL" not in os.environ:
    broker = "amqp://rabbit.prod.internal:5672//"  # tfl-eval: hardcoded-backing-service
else:
    broker = os.environ["CELERY_BROKER_URL"]

celery = Celery("ledger", broker=broker)

if not os.getenv("MONGO_URL") or not os.getenv("MONGO_DB"):
    events = MongoClient("mongodb://localhost:27017")["ledger"]  # tfl-eval-not: hardcoded-backing-service
else:
    events = MongoClient(os.environ["MONGO_URL"])[os.environ["MONGO_DB"]]
