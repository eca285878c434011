"""Release step: python -m scripts.migrate"""
from shortlinks.db import run_migrations

if __name__ == "__main__":
    run_migrations()  # tfl-eval-not: startup-migration
