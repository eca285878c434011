from .base import *  # noqa

DEBUG = True
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "newsletter",
        "USER": "newsletter",
        "PASSWORD": "newsletter",  # tfl-eval-not: hardcoded-credential
        "HOST": "localhost",
    }
}
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
