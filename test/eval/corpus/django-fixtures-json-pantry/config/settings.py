import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "pantry", "HOST": os.environ.get("DB_HOST", "localhost")}}
