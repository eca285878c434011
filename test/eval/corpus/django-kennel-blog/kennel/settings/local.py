from .base import *  # noqa

DEBUG = True
ALLOWED_HOSTS = ["localhost", "127.0.0.1"]

SECRET_KEY = env(
    "DJANGO_SECRET_KEY",
    default="Three dogs walked into the kennel at noon",  # tfl-eval-not: hardcoded-credential
)

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": BASE_DIR / "db.sqlite3",
    }
}
