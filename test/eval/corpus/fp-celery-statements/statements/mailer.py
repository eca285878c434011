from celery import Celery

mail_app = Celery("mailer")
mail_app.conf.broker_url = "amqp://mq-1.statements.internal:5672//"  # tfl-eval: hardcoded-backing-service
mail_app.conf.result_backend = None
