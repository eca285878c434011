import os

REDIS_NODE = "10.44.0.12"  # tfl-eval: hardcoded-backing-service
MONGO_BOX = "ledger-db.kestrel.internal"  # tfl-eval: hardcoded-backing-service

CACHE_URL = "redis://" + REDIS_NODE + ":6379/0"
MONGO_URL = "mongodb://" + MONGO_BOX + ":27017/ledger"

broker = "mq.kestrel.internal"  # tfl-eval: hardcoded-backing-service
CELERY_BROKER_URL = "amqp://ledger@" + broker + ":5672//"

# Hard negatives: the environment, a web page, a log line.
replica = os.environ.get("REPLICA_HOST", "")
REPLICA_URL = "redis://" + replica + ":6379"
site = "ledger.kestrel.example"
PORTAL_URL = "https://" + site + "/login"  # tfl-eval-not: hardcoded-backing-service
print("cache on " + REDIS_NODE)  # tfl-eval-not: hardcoded-backing-service
