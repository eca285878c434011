import os

import redis
from pymemcache.client.hash import HashClient

from . import settings

routes = redis.Redis(host=settings.REDIS_HOST, port=settings.REDIS_PORT, decode_responses=True)
labels = HashClient([tuple(server.split(":")) for server in settings.MEMCACHED_SERVERS])

# The geocoder cache lives beside the geocoder in the depot network.
geocache = redis.Redis(host=os.environ.get("GEOCODER_REDIS_HOST") or "172.20.8.14", port=6380)  # tfl-eval: hardcoded-backing-service
