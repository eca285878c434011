import os

import hvac
import urllib3
from elasticsearch import Elasticsearch

es = Elasticsearch(
    "https://search.partner.example:9243",
    api_key=("catalog-sync", "dFRn5plmx9zYrMitGMY0Fb"),  # tfl-eval: hardcoded-credential
)

es_admin = Elasticsearch(
    "https://search.partner.example:9243",
    basic_auth=("elastic", "TJQBAoM4PpoESGStdrm4"),  # tfl-eval: hardcoded-credential
)

es_env = Elasticsearch(
    os.environ["ES_URL"],
    basic_auth=(os.environ["ES_USER"], os.environ["ES_PASSWORD"]),  # tfl-eval-not: hardcoded-credential
)

vault = hvac.Client(url="https://vault.partner.example:8200", token="hvs.CgwDouiRb7y7wRppjGtynS5E")  # tfl-eval: hardcoded-credential

headers = urllib3.make_headers(basic_auth="catalog:rjQzoo7kVwUtGxbC")  # tfl-eval: hardcoded-credential
