"""Connection helpers for the inventory service."""
import os

import psycopg2
import psycopg2.extras
import redis

DB_HOST = "10.0.5.12"  # tfl-eval: hardcoded-backing-service
DB_PORT = 5432
DB_NAME = "inventory"
DB_USER = "inventory"

REDIS_HOST = "cache-01.inventory.internal"  # tfl-eval: hardcoded-backing-service

API_HOST = "api.partner-warehouse.com"


def get_connection():
    return psycopg2.connect(
        host=DB_HOST,
        port=DB_PORT,
        dbname=DB_NAME,
        user=DB_USER,
        password=os.environ["INVENTORY_DB_PASSWORD"],
        cursor_factory=psycopg2.extras.RealDictCursor,
    )


cache = redis.Redis(host=REDIS_HOST, port=6379, db=0)
