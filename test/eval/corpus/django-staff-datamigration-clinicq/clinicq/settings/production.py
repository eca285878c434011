from .base import *  # noqa: F401,F403
from .base import env

CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="amqp://clinicq:9h5pQW2CdZ2Bc3em@mq.clinicq.internal:5672/clinicq")  # tfl-eval: hardcoded-credential, hardcoded-backing-service
CELERY_RESULT_BACKEND = "rpc://"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
EMAIL_HOST = env("EMAIL_HOST")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD")  # tfl-eval-not: hardcoded-credential
