LOGGING = {
    "version": 1,
    "handlers": {
        "console": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout"},  # tfl-eval-not: file-logger
        "file": {
            "class": "logging.FileHandler",  # tfl-eval: file-logger
            "filename": "audit.log",
        },
    },
    "root": {"handlers": ["console", "file"], "level": "INFO"},
}
