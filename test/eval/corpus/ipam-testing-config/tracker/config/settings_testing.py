# Settings the CI test run loads (DJANGO_SETTINGS_MODULE=config.settings_testing).
from .settings import *  # noqa

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "tracker_test",
        "USER": "postgres",
        "PASSWORD": "postgres",  # tfl-eval-not: hardcoded-credential
        "HOST": "127.0.0.1",  # tfl-eval-not: hardcoded-backing-service
    }
}
SECRET_KEY = "HKi6VAV38pM8Sq9EtOv4-not-for-production"  # tfl-eval-not: hardcoded-credential
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
