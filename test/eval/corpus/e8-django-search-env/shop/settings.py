import os

ELASTICSEARCH_DSL = {
    "default": {
        "hosts": os.environ.get("ELASTICSEARCH_HOSTS", "localhost:9200"),  # tfl-eval-not: hardcoded-backing-service
    },
    "analytics": {
        "hosts": ["es-analytics-1.shop.internal:9200", "es-analytics-2.shop.internal:9200"],  # tfl-eval: hardcoded-backing-service
    },
}
HAYSTACK_CONNECTIONS = {
    "default": {"ENGINE": "haystack.backends.whoosh_backend.WhooshEngine", "PATH": os.path.join(os.path.dirname(__file__), "whoosh_index")},
}
