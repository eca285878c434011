import os

DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("POSTGRES_DB", "forum"),
        "USER": os.environ.get("POSTGRES_USER", "forum"),
        "PASSWORD": os.environ.get("POSTGRES_PASSWORD", ""),
        "HOST": os.environ.get("POSTGRES_HOST", "localhost"),
    }
}

try:
    from .local_settings import *  # noqa: F401,F403
except ImportError:
    pass

if DEBUG:
    from .settings_dev import *  # noqa
