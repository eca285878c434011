"""One-off: mark samples older than 90 days as rejected. Run with `python -m scripts.backfill_status`."""
import argparse
import logging
import os
from datetime import datetime, timedelta

from sqlalchemy import create_engine, text

logging.basicConfig(level=logging.INFO)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database-url", default=os.environ.get("LABTRACK_DATABASE_URL"), help="defaults to $LABTRACK_DATABASE_URL, e.g. postgresql://user:password@host/db")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    engine = create_engine(args.database_url)
    cutoff = datetime.utcnow() - timedelta(days=90)
    with engine.begin() as conn:
        n = conn.execute(text("UPDATE samples SET status='rejected' WHERE status='received' AND received_at < :c"), {"c": cutoff}).rowcount
        logging.info("would update %d rows" if args.dry_run else "updated %d rows", n)
        if args.dry_run:
            conn.rollback()


if __name__ == "__main__":
    main()
