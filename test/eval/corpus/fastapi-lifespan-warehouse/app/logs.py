import logging
import sys

import structlog


def configure_logging() -> None:
    handlers = [
        logging.StreamHandler(sys.stdout),  # tfl-eval-not: file-logger
        logging.FileHandler("/var/log/warehouse/events.jsonl"),  # tfl-eval: file-logger
    ]
    logging.basicConfig(format="%(message)s", level=logging.INFO, handlers=handlers)
    structlog.configure(
        processors=[structlog.processors.TimeStamper(fmt="iso"), structlog.processors.JSONRenderer()],
        logger_factory=structlog.stdlib.LoggerFactory(),
    )
