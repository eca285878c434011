from .base import *  # noqa: F401,F403

SECRET_KEY = "django-insecure-test-only"  # tfl-eval-not: hardcoded-credential
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}  # tfl-eval-not: memory-session-store
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
