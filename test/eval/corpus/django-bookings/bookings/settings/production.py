from .base import *  # noqa: F401,F403
from .base import env

DEBUG = False
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": env("DB_NAME"),
        "HOST": env("DB_HOST"),
        "CONN_MAX_AGE": 60,
    }
}
