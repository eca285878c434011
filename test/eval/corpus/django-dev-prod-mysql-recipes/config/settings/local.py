# Settings for running against the MySQL container from docker-compose.yml.
from .common import *  # noqa

DEBUG = True

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.mysql",  # tfl-eval-not: dev-prod-divergence
        "NAME": "recetas",
        "USER": env("MYSQL_USER"),
        "PASSWORD": env("MYSQL_PASSWORD"),
        "HOST": "127.0.0.1",
        "PORT": "3306",
    }
}
