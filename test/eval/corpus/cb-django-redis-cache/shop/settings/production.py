"""Production settings: loaded by DJANGO_SETTINGS_MODULE=shop.settings.production."""
import os

from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "").split(",")

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ["POSTGRES_DB"],
        "USER": os.environ["POSTGRES_USER"],
        "PASSWORD": os.environ["POSTGRES_PASSWORD"],
        "HOST": os.environ.get("POSTGRES_HOST", "localhost"),
        "PORT": "5432",
    }
}

REDIS_URL = '10.24.7.31:6379:1'  # tfl-eval: hardcoded-backing-service

CACHES = {
    'default': {
        'BACKEND': 'django_redis.cache.RedisCache',
        'LOCATION': REDIS_URL,
        'OPTIONS': {
            'CLIENT_CLASS': 'django_redis.client.DefaultClient',
            'PARSER_CLASS': 'redis.connection.HiredisParser',
        },
        'KEY_PREFIX': 'shop_production',
    },
    'sessions': {
        'BACKEND': 'redis_cache.cache.RedisCache',
        'LOCATION': 'cache-01.shop.internal:6379:2',  # tfl-eval: hardcoded-backing-service
        'OPTIONS': {'CLIENT_CLASS': 'redis_cache.client.DefaultClient'},
    },
    'pages': {
        'BACKEND': 'django.core.cache.backends.locmem.LocMemCache',
        'LOCATION': 'unique-snowflake',  # tfl-eval-not: hardcoded-backing-service
    },
    'thumbnails': {
        'BACKEND': 'django.core.cache.backends.filebased.FileBasedCache',
        'LOCATION': '/var/tmp/django_cache',  # tfl-eval-not: hardcoded-backing-service
    },
}

SESSION_ENGINE = "django.contrib.sessions.backends.cache"
SESSION_CACHE_ALIAS = "sessions"
