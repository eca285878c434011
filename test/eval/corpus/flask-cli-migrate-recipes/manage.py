"""Admin entry point: python manage.py migrate"""
import sys

from recipes.db import init_engine, run_migrations

if __name__ == "__main__":
    if sys.argv[1:] == ["migrate"]:
        init_engine(__import__("os").environ["DATABASE_URL"])
        run_migrations()  # tfl-eval-not: startup-migration
