import os

broker_url = os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0")
result_backend = "redis://:Vq7mXk2Lp9Rz4Wt8@wildlife-cache.x8k2qf.ng.0001.euw2.cache.amazonaws.com:6379/2"  # tfl-eval: hardcoded-credential, hardcoded-backing-service
task_serializer = "json"
broker_transport_options = {"visibility_timeout": 3600}
