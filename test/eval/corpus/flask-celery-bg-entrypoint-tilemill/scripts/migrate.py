"""Apply Alembic migrations; run by the release job and, for now, by the container entrypoint."""
import os
import sys

from alembic import command
from alembic.config import Config


def main() -> int:
    cfg = Config(os.path.join(os.path.dirname(__file__), "..", "alembic.ini"))
    cfg.set_main_option("sqlalchemy.url", os.environ["DATABASE_URL"])
    command.upgrade(cfg, "head")
    return 0


if __name__ == "__main__":
    sys.exit(main())
