# Superset configuration for the analytics cluster.
# Loaded through SUPERSET_CONFIG_PATH; see superset/config.py for every option.
import os
from datetime import timedelta

from cachelib.redis import RedisCache
from celery.schedules import crontab

ROW_LIMIT = 50000
SUPERSET_WEBSERVER_TIMEOUT = int(timedelta(minutes=2).total_seconds())

SECRET_KEY = "uitKN2x+cSL6ZjEWpBe+9RAyi8RX5P1r1O9c8xHZJy"  # tfl-eval: hardcoded-credential
PREVIOUS_SECRET_KEY = os.environ.get("SUPERSET_PREVIOUS_SECRET_KEY")  # tfl-eval-not: hardcoded-credential

SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://superset:DYVen8iJIpAaLa9rZn@metadata-db.analytics.internal:5432/superset"  # tfl-eval: hardcoded-credential, hardcoded-backing-service

MAPBOX_API_KEY = "pk.eyJ1Ijoi1kjlBYkQna3Vhv5uCuzT.CyUOJiWJgz3udXD00dQbXh"  # tfl-eval-not: hardcoded-credential

REDIS_HOST = os.getenv("REDIS_HOST", "redis")
REDIS_PASSWORD = os.getenv("REDIS_PASSWORD", "")  # tfl-eval-not: hardcoded-credential

CACHE_CONFIG = {
    "CACHE_TYPE": "RedisCache",
    "CACHE_DEFAULT_TIMEOUT": 300,
    "CACHE_KEY_PREFIX": "superset_",
    "CACHE_REDIS_URL": f"redis://:{REDIS_PASSWORD}@{REDIS_HOST}:6379/1",
}


class CeleryConfig:
    broker_url = f"redis://:{REDIS_PASSWORD}@{REDIS_HOST}:6379/0"
    imports = ("superset.sql_lab", "superset.tasks.scheduler")
    beat_schedule = {
        "reports.scheduler": {"task": "reports.scheduler", "schedule": crontab(minute="*", hour="*")},
    }


CELERY_CONFIG = CeleryConfig
RESULTS_BACKEND = RedisCache(host=REDIS_HOST, port=6379, key_prefix="superset_results", password=REDIS_PASSWORD)

SMTP_HOST = "smtp.mailgun.org" # tfl-eval: hardcoded-backing-service
SMTP_STARTTLS = True
SMTP_SSL = False
SMTP_USER = "superset@mg.analytics.acme.io"
SMTP_PORT = 587
SMTP_PASSWORD = "fdc690f09f107516e088122d77f57a4d-fc3a4472-2422884d"  # tfl-eval: hardcoded-credential
SMTP_MAIL_FROM = "superset@analytics.acme.io"

from flask_appbuilder.security.manager import AUTH_OAUTH  # noqa: E402

AUTH_TYPE = AUTH_OAUTH
OAUTH_PROVIDERS = [
    {
        "name": "google",
        "icon": "fa-google",
        "token_key": "access_token",  # tfl-eval-not: hardcoded-credential
        "remote_app": {
            "client_id": "967624762698-t39i41mydfb2cx6b8i6k3sf6n50ot7b0.apps.googleusercontent.com",
            "client_secret": "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",  # tfl-eval: hardcoded-credential
            "api_base_url": "https://www.googleapis.com/oauth2/v2/",
            "client_kwargs": {"scope": "email profile"},
            "access_token_url": "https://accounts.google.com/o/oauth2/token",
            "authorize_url": "https://accounts.google.com/o/oauth2/auth",
        },
    }
]
