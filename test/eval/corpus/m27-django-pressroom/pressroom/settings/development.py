from .base import *  # noqa

DEBUG = True

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.mysql", # tfl-eval-not: dev-prod-divergence
        "NAME": "pressroom_dev",
        "USER": "root",
        "HOST": "127.0.0.1",
    }
}
