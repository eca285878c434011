"""Nightly CSV export run from cron on the ops box; writes a report, not logs."""
import csv
import logging
import sys

from pantry.models import Item

logging.basicConfig(stream=sys.stderr, level=logging.INFO)  # tfl-eval-not: file-logger


def main(path: str) -> None:
    with open(path, "w", newline="") as fh:
        writer = csv.writer(fh)
        for item in Item.select():
            writer.writerow([item.name, item.quantity, item.best_before])
    logging.info("report written")


if __name__ == "__main__":
    main(sys.argv[1])
