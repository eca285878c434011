"""Run by the release job: `python scripts/migrate.py`."""
from alembic import command
from alembic.config import Config

if __name__ == "__main__":
    command.upgrade(Config("alembic.ini"), "head")  # tfl-eval-not: startup-migration
