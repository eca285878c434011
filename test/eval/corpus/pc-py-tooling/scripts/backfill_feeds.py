"""One-off: `python -m scripts.backfill_feeds --since 2024-01-01`, run by an operator with `heroku run`."""
import argparse
import logging
import sys

from app.tasks import refresh_feed

log = logging.getLogger(__name__)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--since", required=True)
    args = parser.parse_args()
    logging.basicConfig(stream=sys.stderr, level=logging.INFO)
    log.info("backfilling feeds since %s", args.since)
    refresh_feed.delay(args.since)


if __name__ == "__main__":
    main()
