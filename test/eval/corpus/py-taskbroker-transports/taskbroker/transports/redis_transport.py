import os

import redis


class RedisTransport:
    def __init__(self, url: str | None = None):
        self.url = url or os.environ["TASKBROKER_REDIS_URL"]
        self.client = redis.Redis.from_url(self.url)

    def __str__(self):
        return f"redis://{self.client.connection_pool.connection_kwargs['host']}"  # tfl-eval-not: hardcoded-backing-service

    def __repr__(self):
        if self.url.startswith("rediss://"):
            return "rediss://<redacted>"  # tfl-eval-not: hardcoded-backing-service
        return "redis://<redacted>"  # tfl-eval-not: hardcoded-backing-service


def fallback_url():
    # the ops runbook's shared cluster, used when nothing is configured
    return "redis://taskbroker-cache.prod.internal:6379/2"  # tfl-eval: hardcoded-backing-service
