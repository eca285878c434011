from .base import *

DEBUG = True
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]

INSTALLED_APPS += ["debug_toolbar"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",  # tfl-eval: dev-prod-divergence
        "NAME": os.path.join(BASE_DIR, "db.sqlite3"),
    }
}

STRIPE_PUBLIC_KEY = os.environ.get("STRIPE_TEST_PUBLIC_KEY")
STRIPE_SECRET_KEY = os.environ.get("STRIPE_TEST_SECRET_KEY")
