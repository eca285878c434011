import sys

from loguru import logger


def configure_logging(level: str = "INFO") -> None:
    logger.remove()
    logger.add(sys.stderr, level=level, serialize=True)  # tfl-eval-not: file-logger
    # Keep a week of logs next to the app for the support leads.
    logger.add("logs/helpdesk_{time}.log", rotation="00:00", retention="7 days", level=level)  # tfl-eval: file-logger
