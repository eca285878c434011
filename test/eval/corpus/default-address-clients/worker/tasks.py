import os

import redis
from pymongo import MongoClient

cache = redis.Redis(decode_responses=True)  # tfl-eval: hardcoded-backing-service
events = redis.Redis.from_url(os.environ["REDIS_URL"])  # tfl-eval-not: hardcoded-backing-service
archive = MongoClient(os.environ["MONGODB_URL"]).orders  # tfl-eval-not: hardcoded-backing-service


def remember(order_id, total):
    cache.set(f"order:{order_id}", total, ex=3600)
