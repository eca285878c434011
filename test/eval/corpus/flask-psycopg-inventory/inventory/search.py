import os

import requests
from elasticsearch import Elasticsearch

SEARCH_HOST = os.environ.get("SEARCH_HOST", "localhost")  # tfl-eval-not: hardcoded-backing-service
es = Elasticsearch(hosts=[{"host": SEARCH_HOST, "port": 9200}])

PARTNER_HOST = "api.partner-warehouse.com"


def partner_stock(sku):
    return requests.get(f"https://{PARTNER_HOST}/stock/{sku}", timeout=5).json()
