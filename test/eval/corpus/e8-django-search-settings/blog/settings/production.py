import os

from .base import *  # noqa: F401,F403

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.mysql",
        "NAME": os.environ.get("DJANGO_MYSQL_DATABASE", "djangoblog"),
        "HOST": os.environ.get("DJANGO_MYSQL_HOST"),
    }
}

ELASTICSEARCH_DSL = {
    "default": {
        "hosts": "es-blog.prod.internal:9200",  # tfl-eval: hardcoded-backing-service
    },
}

HAYSTACK_CONNECTIONS = {
    "default": {
        "ENGINE": "haystack.backends.elasticsearch7_backend.Elasticsearch7SearchEngine",
        "URL": "http://10.20.4.11:9200/",  # tfl-eval: hardcoded-backing-service
        "INDEX_NAME": "djangoblog",
    },
}

SITE_URL = "https://blog.example-shop.cn/"  # tfl-eval-not: hardcoded-backing-service
