"""Database Settings"""
from masoniteorm.connections import ConnectionResolver
from masonite.environment import LoadEnvironment, env

LoadEnvironment()

DATABASES = {
    "default": env("DB_CONNECTION", "postgres"),
    "sqlite": {"driver": "sqlite", "database": env("SQLITE_DB_DATABASE", "masonite.sqlite3")},
    "postgres": {
        "driver": "postgres",
        "host": env("DB_HOST", "blog-db.internal"),  # tfl-eval: hardcoded-backing-service
        "user": env("DB_USERNAME", "blog"),
        "password": env("DB_PASSWORD", "OIffPQ0RPGXi4NWpjIoR"),  # tfl-eval: hardcoded-credential
        "database": env("DB_DATABASE", "blog"),
        "port": env("DB_PORT", "5432"),
        "prefix": "",
        "log_queries": env("DB_LOG"),
    },
}

DB = ConnectionResolver().set_connection_details(DATABASES)
