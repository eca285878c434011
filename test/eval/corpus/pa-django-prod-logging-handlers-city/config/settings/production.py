from .base import *  # noqa: F401,F403

ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "").split(",")

LOGGING["handlers"] = {
    "console": {"class": "logging.StreamHandler"},
    "appfile": {
        "class": "logging.FileHandler",  # tfl-eval: file-logger
        "filename": os.path.join(BASE_DIR, "logs", "city-tour.log"),
    },
}
LOGGING["loggers"] = {
    "django": {"handlers": ["console", "appfile"], "level": "INFO", "propagate": True},
}
