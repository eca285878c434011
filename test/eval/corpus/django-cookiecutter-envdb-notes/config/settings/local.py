import environ

env = environ.Env()

DEBUG = True
SECRET_KEY = env("DJANGO_SECRET_KEY", default="!!!SET DJANGO_SECRET_KEY!!!")

# Production reads DATABASE_URL (config/settings/production.py), so its kind is not stated anywhere.
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",  # tfl-eval-not: dev-prod-divergence
        "NAME": "notes.sqlite3",
    }
}
