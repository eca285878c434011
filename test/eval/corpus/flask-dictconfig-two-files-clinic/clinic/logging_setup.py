import logging.config

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {
        "app_file": {"class": "logging.FileHandler", "filename": "/var/log/clinic/app.log", "formatter": "plain"},  # tfl-eval: file-logger
        "error_file": {"class": "logging.handlers.RotatingFileHandler", "filename": "/var/log/clinic/error.log", "maxBytes": 10485760, "backupCount": 5, "level": "ERROR"},  # tfl-eval-not: file-logger (a related location of the finding above: one logging config, one finding)
    },
    "root": {"handlers": ["app_file", "error_file"], "level": "INFO"},
}


def configure():
    logging.config.dictConfig(LOGGING)
