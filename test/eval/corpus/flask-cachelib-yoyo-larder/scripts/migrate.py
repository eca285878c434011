"""One-off: apply pending yoyo migrations (`python scripts/migrate.py`)."""
import os

from yoyo import get_backend, read_migrations

backend = get_backend(os.environ["DATABASE_URL"])
with backend.lock():
    backend.apply_migrations(backend.to_apply(read_migrations("migrations")))  # tfl-eval-not: startup-migration
