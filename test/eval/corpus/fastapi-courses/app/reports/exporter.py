import csv
import io
import logging
from logging.handlers import RotatingFileHandler

export_log = logging.getLogger("courses.exports")
export_log.addHandler(RotatingFileHandler("logs/exports.log", maxBytes=5_000_000, backupCount=3))  # tfl-eval: file-logger


def enrolments_csv(rows: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=["course", "student", "enrolled_at"])
    writer.writeheader()
    writer.writerows(rows)
    export_log.info("exported %d enrolments", len(rows))
    return buffer.getvalue()
