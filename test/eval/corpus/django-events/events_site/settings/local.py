from .base import *  # noqa

DEBUG = True
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "events",
        "HOST": "localhost",  # tfl-eval-not: hardcoded-backing-service
    }
}
