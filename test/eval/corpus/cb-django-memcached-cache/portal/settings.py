import os

BASE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SECRET_KEY = os.environ.get('SECRET_KEY')
DEBUG = os.environ.get('DEBUG') == '1'

INSTALLED_APPS = [
    'django.contrib.auth',
    'django.contrib.contenttypes',
    'django.contrib.sessions',
    'portal.news',
]

MEMCACHE_SERVERS = ['10.3.0.41:11211', '10.3.0.42:11211']  # tfl-eval: hardcoded-backing-service

CACHES = {
    'default': {
        'BACKEND': 'django.core.cache.backends.memcached.PyMemcacheCache',
        'LOCATION': MEMCACHE_SERVERS,
    },
    'fragments': {
        'BACKEND': 'django.core.cache.backends.memcached.PyMemcacheCache',
        'LOCATION': 'memcached-1.portal.internal:11211',  # tfl-eval: hardcoded-backing-service
    },
    'local': {
        'BACKEND': 'django.core.cache.backends.memcached.PyMemcacheCache',
        'LOCATION': 'unix:/var/run/memcached/memcached.sock',  # tfl-eval-not: hardcoded-backing-service
    },
    'db': {
        'BACKEND': 'django.core.cache.backends.db.DatabaseCache',
        'LOCATION': 'portal_cache_table',  # tfl-eval-not: hardcoded-backing-service
    },
    'throttle': {
        'BACKEND': 'django.core.cache.backends.redis.RedisCache',
        'LOCATION': os.environ.get('THROTTLE_REDIS_URL'),  # tfl-eval-not: hardcoded-backing-service
    },
}
