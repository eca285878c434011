from .base import *  # noqa: F401,F403

SECRET_KEY = "django-insecure-test-only"  # tfl-eval-not: hardcoded-credential
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "permits_test",
        "USER": "permits",
        "PASSWORD": "permits", # tfl-eval-not: hardcoded-credential
        "HOST": "localhost",
    }
}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
