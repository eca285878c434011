import logging
import sys

from shortlinks import config


def configure_logging() -> None:
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(logging.StreamHandler(sys.stdout))
    # The file defaults to logs/ unless the deploy overrides LOG_FILE.
    root.addHandler(logging.FileHandler(config.LOG_FILE))  # tfl-eval: file-logger
    if config.AUDIT_LOG:
        logging.getLogger("audit").addHandler(logging.FileHandler(config.AUDIT_LOG))  # tfl-eval-not: file-logger
