from .base import *  # noqa: F401,F403

SECRET_KEY = "test-only-secret-key-not-used-anywhere-else"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
SESSION_ENGINE = "django.contrib.sessions.backends.cache"
DRAMATIQ_BROKER = {"BROKER": "dramatiq.brokers.stub.StubBroker", "OPTIONS": {}, "MIDDLEWARE": []}
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "labs_test", "HOST": "localhost", "USER": "postgres", "PASSWORD": "postgres"}}
