from .base import *  # noqa

DEBUG = True
SECRET_KEY = "Only my laptop knows this Kennel Key"  # tfl-eval-not: hardcoded-credential
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
