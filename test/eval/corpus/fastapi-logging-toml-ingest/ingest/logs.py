import logging.config
import tomllib
from pathlib import Path

LOGGING_FILE = Path(__file__).resolve().parent.parent / "logging.toml"


def setup_logging() -> None:
    with LOGGING_FILE.open("rb") as fh:  # tfl-eval-not: file-logger
        logging.config.dictConfig(tomllib.load(fh))
