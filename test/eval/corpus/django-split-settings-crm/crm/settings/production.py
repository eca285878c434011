from .base import *  # noqa
import dj_database_url

DEBUG = False
SECRET_KEY = "GAuBYMUyEIfyO3TX6KRTGwm6ehFtiBXwN48PhACw7b820c20b8e5df08da6316e76e8a9fe2"  # tfl-eval: hardcoded-credential
DATABASES = {
    "default": dj_database_url.config(default="postgres://crm:ZZOnBGupLXi7HS-Bs7@crm-db.internal.example.com:5432/crm"),  # tfl-eval: hardcoded-credential
    "legacy": {
        "ENGINE": "django.db.backends.mysql",
        "NAME": "legacy_crm",
        "USER": "crm_ro",
        "PASSWORD": "QFDqp44dIh5Mqi_dHW",  # tfl-eval: hardcoded-credential
        "HOST": "legacy-db.internal.example.com",
    },
}
EMAIL_HOST_PASSWORD = "ooYLhoev8ZQps0_Y4e"  # tfl-eval: hardcoded-credential
CELERY_BROKER_URL = "redis://:tysLERxZDyCvRp_wie@cache.internal.example.com:6379/0"  # tfl-eval: hardcoded-credential
