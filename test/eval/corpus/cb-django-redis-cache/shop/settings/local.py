from .base import *  # noqa: F401,F403

DEBUG = True

CACHES = {
    'default': {
        'BACKEND': 'django_redis.cache.RedisCache',
        'LOCATION': '127.0.0.1:6379:1',  # tfl-eval-not: hardcoded-backing-service
    }
}
