import os

BROKER_URL = os.environ.get("BROKER_URL", "")
RESULTS_BACKEND = "redis://results.taskbroker.internal:6379/5"  # tfl-eval: hardcoded-backing-service
