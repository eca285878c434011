from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]

CELERY_BROKER_URL = "amqp://shop:kzA5WaD61vitt9OwVFgu@rabbitmq.internal:5672/shop"  # tfl-eval: hardcoded-credential, hardcoded-backing-service
CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://:3e1iCqKk5OyrkOCnmGavMccP@redis.internal:6379/1",  # tfl-eval: hardcoded-credential, hardcoded-backing-service
    }
}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.sendgrid.net" # tfl-eval: hardcoded-backing-service
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = "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"  # tfl-eval: hardcoded-credential

SOCIAL_AUTH_GITHUB_KEY = "Iv1.6ccff4658fe19514"  # tfl-eval-not: hardcoded-credential
SOCIAL_AUTH_GITHUB_SECRET = "2c31f49f4004f7a8a0590dafd24f582741b9c98b"  # tfl-eval: hardcoded-credential
RECAPTCHA_PUBLIC_KEY = "6LK9OPW37vjpRRk9f5d9r5eU6GE7uwhUVGCA9CFBW9Vd3A_9Uq4Ds"  # tfl-eval-not: hardcoded-credential
RECAPTCHA_PRIVATE_KEY = "6LrIcgjD8Y4gVxrbQVTmvd5yKz7XQfnZdc4lWggy1rs0qX20DZXvA"  # tfl-eval: hardcoded-credential

SENTRY_DSN = "https://453f5e54f218b340671bc08e13cdc430@o270333.ingest.sentry.io/1078610"  # tfl-eval-not: hardcoded-credential
AUTH_PASSWORD_VALIDATORS = [{"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"}]  # tfl-eval-not: hardcoded-credential
