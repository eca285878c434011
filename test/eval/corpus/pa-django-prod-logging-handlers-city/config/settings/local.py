from .base import *  # noqa: F401,F403

DEBUG = True
LOGGING["handlers"]["console"] = {"class": "logging.StreamHandler", "level": "DEBUG"}  # tfl-eval-not: file-logger  (a console handler)
