from .base import *  # noqa: F401,F403

DEBUG = True
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "bookings",
        "HOST": "localhost",  # tfl-eval-not: hardcoded-backing-service
    }
}
