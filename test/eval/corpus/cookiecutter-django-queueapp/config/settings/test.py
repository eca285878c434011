from .base import *  # noqa

SECRET_KEY = "test-only-not-a-secret-8c1e"  # tfl-eval-not: hardcoded-credential
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}  # tfl-eval-not: memory-session-store
