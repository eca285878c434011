from .base import *  # noqa: F401,F403

DEBUG = True
LOGGING = {
    "version": 1,
    "handlers": {
        "file": {"class": "logging.FileHandler", "filename": "debug.log"},
        "console": {"class": "logging.StreamHandler"},
    },
    "root": {"handlers": ["console", "file"], "level": "DEBUG"},
}
