import os

import environ

env = environ.Env()

SECRET_KEY = env("DJANGO_SECRET_KEY")
DEBUG = env.bool("DJANGO_DEBUG", default=False)

DATABASES = {"default": env.db("DATABASE_URL", default="postgres:///styleguide")}

if os.environ.get("GITHUB_WORKFLOW"):
    # The GitHub Actions job's Postgres service container.
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": "github_actions",
            "USER": "postgres",
            "PASSWORD": "ciJob4Only",  # tfl-eval-not: hardcoded-credential
            "HOST": "127.0.0.1",  # tfl-eval-not: hardcoded-backing-service
            "PORT": "5432",
        }
    }

CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://cache-01.prod.internal:6379/1",  # tfl-eval: hardcoded-backing-service
    }
}
