from celery import Celery

celery = Celery("shop")
celery.conf.broker_url = "redis://:L39mSGqEBL6vwqAdMRdpYJe6eFOqXkgg@queue.shop.internal:6379/0"  # tfl-eval: hardcoded-credential, hardcoded-backing-service
celery.conf.result_backend = "redis://localhost:6379/1"  # tfl-eval: hardcoded-backing-service
celery.conf.update(task_serializer="json", accept_content=["json"], timezone="UTC")
