import os

import dj_database_url

SECRET_KEY = os.environ["SECRET_KEY"]
DEBUG = False
DATABASES = {"default": dj_database_url.config(conn_max_age=600)}
MAILCHIMP_API_KEY = "5d41402abc4b2a76b9719d911017c592-us21"  # tfl-eval: hardcoded-credential
SESSION_ENGINE = "django.contrib.sessions.backends.cache"  # tfl-eval: memory-session-store
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
