import os

broker_url = 'amqp://etl:ULneK4YANXfUbiXL6p@rabbitmq.internal:5672/etl'  # tfl-eval: hardcoded-credential, hardcoded-backing-service
result_backend = os.environ.get('CELERY_RESULT_BACKEND', 'redis://localhost:6379/0')
task_serializer = 'json'
accept_content = ['json']
timezone = 'UTC'
broker_transport_options = {'visibility_timeout': 3600}
