import logging.config
import os


def configure_logging() -> None:
    level = os.environ.get("LOG_LEVEL", "INFO")
    logging.config.dictConfig(
        {
            "version": 1,
            "disable_existing_loggers": False,
            "formatters": {"json": {"format": '{"level": "%(levelname)s", "logger": "%(name)s", "msg": "%(message)s"}'}},
            "handlers": {"stdout": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "json"}},
            "root": {"handlers": ["stdout"], "level": level},
        }
    )
