import os

from flask import Flask
from pymongo import MongoClient
import redis

app = Flask(__name__)

mongo_url = os.getenv("MONGO_URL")
client = MongoClient(mongo_url or "mongodb://localhost:27017/conduit")  # tfl-eval-not: hardcoded-backing-service

cache_url = os.environ.get("REDIS_URL")
cache = redis.Redis.from_url(cache_url or "redis://cache.prod.internal:6379/0")  # tfl-eval: hardcoded-backing-service

if app.config["ENV"] == "production":
    broker = os.environ["BROKER_URL"]
else:
    broker = "amqp://guest:guest@localhost:5672//"  # tfl-eval-not: hardcoded-backing-service
