import os

SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL")


def get_port():
    return 5050


def get_workers():
    return int(os.environ.get("WEB_CONCURRENCY", "2"))
