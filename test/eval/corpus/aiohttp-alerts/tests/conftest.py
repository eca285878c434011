import pytest  # tfl-eval: undeclared-dependency
import redis  # tfl-eval: undeclared-dependency (requirements.txt has aiohttp-session[aioredis], not redis)


@pytest.fixture
def cache():
    client = redis.StrictRedis(host="localhost", port=6379, db=15)  # tfl-eval-not: hardcoded-backing-service
    yield client
    client.flushdb()
