import os

SECRET_KEY = os.environ["SECRET_KEY"]
DEBUG = False

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.mysql",
        "NAME": os.environ.get("DB_NAME", "pressroom"),
        "USER": os.environ.get("DB_USER", "pressroom"),
        "PASSWORD": os.environ.get("DB_PASSWORD", ""),
        "HOST": os.environ.get("DB_HOST", "mysql"),
    }
}
