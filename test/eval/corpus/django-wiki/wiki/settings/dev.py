from .base import *  # noqa

DEBUG = True
SESSION_ENGINE = "django.contrib.sessions.backends.cache"  # tfl-eval-not: memory-session-store
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
