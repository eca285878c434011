"""Runtime settings of the parcel router, read once at start-up."""
import os

DEBUG = os.getenv("ROUTER_DEBUG", "0") == "1"

DB_HOST = os.getenv("DB_HOST", "10.1.2.3")  # tfl-eval: hardcoded-backing-service
DB_PORT = int(os.getenv("DB_PORT", "5432"))
DB_NAME = os.getenv("DB_NAME", "parcels")
DB_USER = os.getenv("DB_USER", "router")
DB_PASSWORD = os.environ["DB_PASSWORD"]

REDIS_HOST = os.environ.get("REDIS_HOST", "redis-primary.prod.internal")  # tfl-eval: hardcoded-backing-service
REDIS_PORT = int(os.environ.get("REDIS_PORT", 6379))

MEMCACHED_SERVERS = os.getenv("MEMCACHED_SERVERS", "10.1.2.9:11211").split(",")  # tfl-eval: hardcoded-backing-service
KAFKA_BOOTSTRAP_SERVERS = os.getenv("KAFKA_BOOTSTRAP_SERVERS", "10.1.4.1:9092,10.1.4.2:9092")  # tfl-eval: hardcoded-backing-service

# Local defaults for docker compose: the services are named in docker-compose.yml.
RABBITMQ_HOST = os.getenv("RABBITMQ_HOST", "rabbitmq")  # tfl-eval-not: hardcoded-backing-service
SMTP_HOST = os.getenv("SMTP_HOST", "localhost")  # tfl-eval-not: hardcoded-backing-service
ROUTER_BIND = os.getenv("ROUTER_BIND_HOST", "0.0.0.0")
