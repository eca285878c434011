from .base import *  # noqa

DEBUG = True
SECRET_KEY = "dev"
EMAIL_HOST_USER = "club.secretary.dev@gmail.com"
EMAIL_HOST_PASSWORD = "rswluwfnifjgbspe"  # tfl-eval: hardcoded-credential
DATABASES = {
    "default": {"ENGINE": "django.db.backends.postgresql", "NAME": "club", "USER": "club", "PASSWORD": "club", "HOST": "localhost"}
}
