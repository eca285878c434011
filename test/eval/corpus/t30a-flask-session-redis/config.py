import os

import redis


class Config:
    SECRET_KEY = os.environ["SECRET_KEY"]
    SESSION_TYPE = "redis"
    SESSION_PERMANENT = False
    SESSION_REDIS = redis.Redis(host="sessions.cache.internal", port=6379, db=2)  # tfl-eval: hardcoded-backing-service


class LocalConfig(Config):
    SESSION_REDIS = redis.Redis(host=os.environ.get("REDIS_HOST"), port=6379)
