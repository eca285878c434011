from sentry.conf.server import *  # NOQA

import os

DATABASES = {
    "default": {
        "ENGINE": "sentry.db.postgres",
        "NAME": "postgres",
        "USER": "postgres",
        "PASSWORD": "",  # tfl-eval-not: hardcoded-credential
        "HOST": "postgres",  # tfl-eval: hardcoded-backing-service
        "PORT": "",
    }
}

SENTRY_OPTIONS["redis.clusters"] = {"default": {"hosts": {0: {"host": "redis", "password": "", "port": "6379", "db": "0"}}}}  # tfl-eval: hardcoded-backing-service; tfl-eval-not: hardcoded-credential
SENTRY_WEB_HOST = "0.0.0.0"
SENTRY_WEB_PORT = 9000
SENTRY_FEATURES["auth:register"] = False
GEOIP_PATH_MMDB = "/geoip/GeoLite2-City.mmdb"
