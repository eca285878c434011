import os

broker_url = os.environ.get("CELERY_BROKER_URL", "amqp://guest:guest@localhost:5672//")  # tfl-eval-not: hardcoded-credential
result_backend = "redis://:KeDZzLlSZ1EzusZp8P1J@redis.monitoring.internal:6379/2"  # tfl-eval: hardcoded-credential, hardcoded-backing-service
broker_transport_options = {"visibility_timeout": 3600, "sasl_password": "3YjV50vi6ax2YswsSDoY"}  # tfl-eval: hardcoded-credential
task_serializer = "json"
accept_content = ["json"]
timezone = "UTC"
beat_schedule = {
    "rotate-api-keys": {"task": "tasks.keys.rotate", "schedule": 86400.0},
    "send-password-expiry-reminders": {"task": "tasks.mail.password_expiry", "schedule": 3600.0},  # tfl-eval-not: hardcoded-credential
}
