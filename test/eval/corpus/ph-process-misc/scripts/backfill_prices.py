"""One-off: recompute stored prices after the 2024 tax change. Run with `python scripts/backfill_prices.py --dry-run`."""
import argparse
import logging
import sys

# A file in a one-off script is reported by the rule (only an option the caller sets is left alone).
logging.basicConfig(filename="backfill.log", level=logging.INFO)  # tfl-eval: file-logger


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)
    logging.info("backfill starting dry_run=%s", args.dry_run)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
