import os

TORTOISE_ORM = {
    "connections": {
        "default": os.getenv("DATABASE_URL", "postgres://bookings:t7UIo9!27rmj#eGZq@db.bookings.internal:5432/bookings"),  # tfl-eval: hardcoded-credential, hardcoded-backing-service
        "reports": {
            "engine": "tortoise.backends.asyncpg",
            "credentials": {
                "host": os.getenv("REPORTS_HOST", "localhost"),
                "port": 5432,
                "user": "reports_ro",
                "password": "Hx4eBT9FEsv4dX0Y",  # tfl-eval: hardcoded-credential
                "database": "bookings",
            },
        },
    },
    "apps": {"models": {"models": ["bookings.models", "aerich.models"], "default_connection": "default"}},
}

SESSION_COOKIE_SECRET = os.environ.get("SESSION_COOKIE_SECRET", "").encode()  # tfl-eval-not: hardcoded-credential
FERNET_KEY = b"Hkmuvrg9lpk1n9phRw3UkoxYOzLFB8xwzupV8wjxKw0="  # tfl-eval: hardcoded-credential
MAPBOX_PUBLIC_TOKEN = "pk.eyJ1IjoiYm9va2luZ3MiLCJhIjoiY2x4M2s5cTJ2MDFhZDJqcGZ6b2w4eGt2dCJ9.Zq8Lw3mPVt6yRn2Hk9Xc4B"  # tfl-eval-not: hardcoded-credential
MAPBOX_SECRET_TOKEN = "sk.eyJ1IjoiYm9va2luZ3MiLCJhIjoiY2x4M2s5cTJ2MDFhZDJqcGZ6b2w4eGt2dCJ9.Vt6yRn2Hk9Xc4BfJ7sGd1a"  # tfl-eval: hardcoded-credential
