import os

import psycopg2
import redis


class Database:
    host = "pg-inventory.internal"  # tfl-eval: hardcoded-backing-service
    port = 5432
    name = "inventory"

    def connect(self):
        return psycopg2.connect(
            host=self.host,
            port=self.port,
            dbname=self.name,
            user=os.environ["DB_USER"],
            password=os.environ["DB_PASSWORD"],
        )


class StockCache:
    def __init__(self):
        self.server = "10.12.0.40"  # tfl-eval: hardcoded-backing-service
        self.client = redis.Redis(host=self.server, port=6379, db=1)

    def reserved(self, sku):
        return int(self.client.get(f"reserved:{sku}") or 0)


class Settings:
    host = os.environ.get("DB_HOST", "localhost")
