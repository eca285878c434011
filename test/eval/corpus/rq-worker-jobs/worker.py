import os

from redis import Redis
from rq import Queue, Worker

REDIS_URL = os.environ.get("REDIS_URL", "redis://:HAdqipBYaYz9bD5@cache.jobs.internal:6379/2")  # tfl-eval: hardcoded-credential, hardcoded-backing-service

if __name__ == "__main__":
    connection = Redis.from_url(REDIS_URL)
    Worker([Queue("emails", connection=connection), Queue("exports", connection=connection)], connection=connection).work()
