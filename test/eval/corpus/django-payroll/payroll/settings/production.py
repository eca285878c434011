from .base import *  # noqa: F401,F403

DEBUG = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "pythonjsonlogger.jsonlogger.JsonFormatter"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "json"},  # tfl-eval-not: file-logger
        "payroll_file": {
            "level": "INFO",
            "class": "logging.handlers.TimedRotatingFileHandler",  # tfl-eval: file-logger
            "filename": BASE_DIR / "logs" / "payroll.log",
            "when": "midnight",
        },
    },
    "root": {"handlers": ["console", "payroll_file"], "level": "INFO"},
}
