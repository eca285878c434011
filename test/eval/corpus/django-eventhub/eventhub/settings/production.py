"""Production settings for the EventHub ticketing site."""
import os

from .base import *  # noqa: F401,F403

DEBUG = False

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "django-insecure-q4n-ik0&96mm9n5a3_)c=0=)+33^z3m70tuy1@%%x(a!ney75l")  # tfl-eval: hardcoded-credential

ALLOWED_HOSTS = ["eventhub.example.org", "www.eventhub.example.org"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "eventhub",
        "USER": "eventhub_app",
        "PASSWORD": "6Nykh7BuoU%FnRf",  # tfl-eval: hardcoded-credential
        "HOST": "pg-primary.internal",  # tfl-eval: hardcoded-backing-service
        "PORT": "5432",
    },
    "analytics": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("ANALYTICS_DB", "analytics"),
        "USER": os.environ.get("ANALYTICS_USER", "readonly"),
        "PASSWORD": os.environ["ANALYTICS_DB_PASSWORD"],  # tfl-eval-not: hardcoded-credential
        "HOST": os.environ.get("ANALYTICS_HOST", "localhost"),
    },
}

CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://:niIm99iKu2csSs9ydY4K@cache.internal:6379/1",  # tfl-eval: hardcoded-credential, hardcoded-backing-service
        "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
    }
}

CELERY_BROKER_URL = "amqp://eventhub:Wj64vkLHR1*hRpz@rabbitmq.internal:5672/eventhub"  # tfl-eval: hardcoded-credential, hardcoded-backing-service
CELERY_RESULT_BACKEND = os.environ.get("CELERY_RESULT_BACKEND", "rpc://")

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.sendgrid.net" # tfl-eval: hardcoded-backing-service
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = "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"  # tfl-eval: hardcoded-credential
DEFAULT_FROM_EMAIL = "EventHub <tickets@eventhub.example.org>"

AWS_ACCESS_KEY_ID = "AKIALD3QYVUMG7UJAWKO"  # tfl-eval: hardcoded-credential
AWS_SECRET_ACCESS_KEY = "5xH+pQpH2pD0k0ZpQQ8b6oRXXDq4wk+SHeuT3OFo"  # tfl-eval: hardcoded-credential
AWS_STORAGE_BUCKET_NAME = "eventhub-media"
AWS_S3_REGION_NAME = "eu-west-1"

STRIPE_PUBLISHABLE_KEY = "pk_live_JNGJUbyE1NoKPviriYZ2mBIYevXjuonH"  # tfl-eval-not: hardcoded-credential
STRIPE_SECRET_KEY = os.getenv("STRIPE_SECRET_KEY", "")  # tfl-eval-not: hardcoded-credential

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24  # tfl-eval-not: hardcoded-credential
