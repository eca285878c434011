import json
import os

from kafka import KafkaProducer
from elasticsearch import Elasticsearch

producer = KafkaProducer(
    bootstrap_servers=["kafka-a.warranty.internal:9092", "kafka-b.warranty.internal:9092"],  # tfl-eval: hardcoded-backing-service
    value_serializer=lambda v: json.dumps(v).encode(),
)

search = Elasticsearch(os.environ["ELASTICSEARCH_URL"])  # tfl-eval-not: hardcoded-backing-service


def claim_filed(claim):
    producer.send("warranty.claims", {"id": claim.id, "serial": claim.serial})
    search.index(index="claims", id=claim.id, document={"serial": claim.serial, "status": claim.status})
