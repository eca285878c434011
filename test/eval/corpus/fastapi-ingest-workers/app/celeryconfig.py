broker_url = "amqp://ingest:HjXhogN2WogaKR_FEr@rabbit.internal.example.com:5672/ingest"  # tfl-eval: hardcoded-credential
result_backend = "redis://:JftLHs7veAlSEP.9Lu@redis.internal.example.com:6379/1"  # tfl-eval: hardcoded-credential
task_serializer = "json"
