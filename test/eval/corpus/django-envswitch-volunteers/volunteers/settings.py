import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = os.environ.get("DJANGO_DEBUG", "") == "1"
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "").split(",")

DATABASES = {
    "default": {
        # tfl-eval-next-line: dev-prod-divergence
        "ENGINE": "django.db.backends.sqlite3" if DEBUG else "django.db.backends.postgresql",
        "NAME": BASE_DIR / "dev.sqlite3" if DEBUG else os.environ.get("PGDATABASE", "volunteers"),
        "CONN_MAX_AGE": 0 if DEBUG else 60,
    }
}

CACHES = {
    "default": {
        "BACKEND": (
            "django_redis.cache.RedisCache"
            if os.environ.get("DJANGO_ENV") == "production"
            # tfl-eval-next-line: dev-prod-divergence
            else "django.core.cache.backends.locmem.LocMemCache"
        ),
        "LOCATION": os.environ.get("REDIS_URL", ""),
    }
}

EMAIL_BACKEND = (
    "django.core.mail.backends.console.EmailBackend" if DEBUG else "django.core.mail.backends.smtp.EmailBackend"  # tfl-eval-not: dev-prod-divergence
)

STORAGE_LABEL = "postgresql" if DEBUG else "sqlite"  # tfl-eval-not: dev-prod-divergence
