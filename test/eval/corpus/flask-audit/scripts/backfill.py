import argparse
import logging


def main():
    parser = argparse.ArgumentParser(description="Backfill audit events")
    parser.add_argument("--log-file", default=None, help="write progress to this file")
    args = parser.parse_args()
    logging.basicConfig(filename=args.log_file, level=logging.INFO)  # tfl-eval-not: file-logger


if __name__ == "__main__":
    main()
