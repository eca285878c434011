from .base import *  # noqa: F403

SECRET_KEY = get_random_secret_key()  # noqa: F405  # tfl-eval-not: hardcoded-credential
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
