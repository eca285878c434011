import logging
import sys

import structlog


def configure() -> None:
    logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(message)s")  # tfl-eval-not: file-logger
    structlog.configure(
        processors=[structlog.processors.TimeStamper(fmt="iso"), structlog.processors.JSONRenderer()],
        logger_factory=structlog.PrintLoggerFactory(file=sys.stdout),  # tfl-eval-not: file-logger
    )
