import os

import pika
import redis
from sqlalchemy import create_engine


def engine():
    url = os.environ.get("DATABASE_URL")
    if url:
        return create_engine(url, pool_pre_ping=True)
    return create_engine("postgresql://orchard@localhost:5432/orchard")  # tfl-eval-not: hardcoded-backing-service


def cache():
    host = os.getenv("REDIS_HOST")
    if host is not None:
        return redis.Redis(host=host, port=6379)
    return redis.Redis(host="cache.orchard.internal", port=6379)  # tfl-eval: hardcoded-backing-service


def broker_params():
    if "AMQP_URL" in os.environ:
        return pika.URLParameters(os.environ["AMQP_URL"])
    return pika.URLParameters("amqp://localhost:5672/%2F")  # tfl-eval-not: hardcoded-backing-service


def reports_engine(readonly):
    url = os.getenv("REPORTS_DATABASE_URL")
    if not url:
        raise RuntimeError("REPORTS_DATABASE_URL is not set")
    if readonly:
        return create_engine(url, execution_options={"postgresql_readonly": True})
    return create_engine("postgresql://reports@localhost:5432/reports")  # tfl-eval: hardcoded-backing-service


def sessions():
    if os.getenv("SESSIONS_REDIS_URL"):
        return redis.from_url(os.getenv("SESSIONS_REDIS_URL"))
    elif os.getenv("SESSIONS_DISABLED"):
        return None
    return redis.from_url("redis://localhost:6379/2")  # tfl-eval-not: hardcoded-backing-service
