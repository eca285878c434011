from .base import *  # noqa

SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"  # tfl-eval-not: memory-session-store
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
    }
}
