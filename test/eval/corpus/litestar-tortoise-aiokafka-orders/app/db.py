"""Tortoise ORM wiring for the orders service."""
import os

from tortoise.contrib.litestar import register_tortoise  # noqa: F401

TORTOISE_ORM = {
    "connections": {
        "default": {
            "engine": "tortoise.backends.asyncpg",
            "credentials": {
                "host": os.environ.get("DB_HOST", "localhost"),
                "port": 5432,
                "user": "orders",
                "password": "liSss94vjLTB4yppoT46",  # tfl-eval: hardcoded-credential
                "database": "orders",
            },
        },
        "analytics": {
            "engine": "tortoise.backends.asyncpg",
            "credentials": {
                "host": os.environ.get("ANALYTICS_HOST", "localhost"),
                "user": os.environ.get("ANALYTICS_USER", "analytics"),
                "password": os.environ["ANALYTICS_PASSWORD"],  # tfl-eval-not: hardcoded-credential
                "database": "analytics",
            },
        },
    },
    "apps": {"orders": {"models": ["app.models"], "default_connection": "default"}},
}
