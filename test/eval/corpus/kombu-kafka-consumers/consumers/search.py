from elasticsearch import Elasticsearch

es = Elasticsearch(
    "https://search.shop.internal:9200",  # tfl-eval: hardcoded-backing-service
    basic_auth=("elastic", "OYJTKZ34aSWF6rb0"),  # tfl-eval: hardcoded-credential
    ca_certs="/etc/ssl/certs/shop-ca.pem",
)

analytics = Elasticsearch(
    cloud_id="analytics:ZXVyb3BlLXdlc3QxLmdjcC5jbG91ZC5lcy5pbyQ0YjJkOGYxYzZlOWE0MjNiOGQ3ZjFlMmMzYjRhNWQ2ZQ==",  # tfl-eval-not: hardcoded-credential
    api_key="VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==",  # tfl-eval: hardcoded-credential
)

INDEX_SETTINGS = {"number_of_shards": 1, "analysis": {"analyzer": {"sku": {"tokenizer": "keyword"}}}}  # tfl-eval-not: hardcoded-credential
