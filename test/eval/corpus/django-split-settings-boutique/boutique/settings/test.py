from .base import *

# Unit tests run on an in-memory SQLite; the CI job runs the suite again on PostgreSQL.
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",  # tfl-eval-not: dev-prod-divergence
        "NAME": ":memory:",
    }
}
