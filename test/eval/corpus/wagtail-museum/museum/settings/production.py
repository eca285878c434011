import os

import sentry_sdk

from .base import *  # noqa

DEBUG = False
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "museum.example.org").split(",")
CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": os.environ["REDIS_URL"]}}
SESSION_ENGINE = "django.contrib.sessions.backends.cache"

STORAGES = {
    "default": {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": {"bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"], "region_name": "eu-central-1"}},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# The collection database of the partner archive, reachable over the VPN only.
ARCHIVE_SEARCH_URL = "http://10.14.0.22:9200"  # tfl-eval: hardcoded-backing-service

sentry_sdk.init(dsn="https://4f8a1c2e9b7d4a3f8e6c5b1a2d3e4f50@o451234.ingest.sentry.io/5512345", traces_sample_rate=0.1)

LOGGING = {
    "version": 1,
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "file": {"class": "logging.handlers.RotatingFileHandler", "filename": "/var/log/museum/wagtail.log", "maxBytes": 10485760},  # tfl-eval: file-logger
    },
    "loggers": {"wagtail": {"handlers": ["console", "file"], "level": "INFO"}},
}
