"""Apply pending Alembic revisions: `python -m ledger.db.migrate [--dry-run]`."""
import sys

from alembic import command
from alembic.config import Config


def main(argv):
    config = Config("alembic.ini")
    if "--dry-run" in argv:
        command.upgrade(config, "head", sql=True)
    else:
        command.upgrade(config, "head")


if __name__ == "__main__":
    main(sys.argv[1:])
