import logging.config
from pathlib import Path

import structlog

logging.config.fileConfig(Path(__file__).with_name("logging.ini"), disable_existing_loggers=False)

structlog.configure(
    logger_factory=structlog.WriteLoggerFactory(file=Path("logs/structlog.log").open("at")),  # tfl-eval: file-logger
)
