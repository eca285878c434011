import logging
import sys

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler", "stream": sys.stdout}},
    "root": {"handlers": ["console"], "level": "INFO"},
}

log = logging.getLogger("shop")
log.info("password reset requested for %s", "user")
