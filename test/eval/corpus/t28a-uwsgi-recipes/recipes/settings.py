import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("RECIPES_DB_NAME", "recipes"),
        "USER": os.environ.get("RECIPES_DB_USER", "recipes"),
        "PASSWORD": os.environ["RECIPES_DB_PASSWORD"],
        "HOST": os.environ["RECIPES_DB_HOST"],
    }
}
