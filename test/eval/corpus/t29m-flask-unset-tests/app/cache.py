import os

import redis


def make_cache():
    if os.getenv("REDIS_URL"):
        return redis.Redis.from_url(os.environ["REDIS_URL"])
    elif os.getenv("CACHE_DISABLED"):
        return None
    else:
        return redis.Redis.from_url("redis://localhost:6379/0")  # tfl-eval-not: hardcoded-backing-service


def make_locks():
    if os.getenv("LOCKS_REDIS_URL") is not None:
        client = redis.Redis.from_url(os.environ["LOCKS_REDIS_URL"])
    elif os.getenv("LOCKS_LOCAL"):
        client = redis.Redis.from_url("redis://127.0.0.1:6379/3")  # tfl-eval-not: hardcoded-backing-service
    else:
        client = redis.Redis.from_url("redis://locks.cache.internal:6379/3")  # tfl-eval: hardcoded-backing-service
    return client
