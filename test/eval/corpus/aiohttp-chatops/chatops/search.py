from elasticsearch import AsyncElasticsearch
from kafka import KafkaProducer
from pymongo import MongoClient


def search_client() -> AsyncElasticsearch:
    return AsyncElasticsearch(
        "https://es.chatops.internal:9200",  # tfl-eval: hardcoded-backing-service
        basic_auth=("elastic", "ZSESTLv4ds#XcT9"),  # tfl-eval: hardcoded-credential
        verify_certs=True,
    )


audit_producer = KafkaProducer(
    bootstrap_servers=["kafka-1.internal:9093"],  # tfl-eval: hardcoded-backing-service
    security_protocol="SASL_SSL",
    sasl_mechanism="PLAIN",
    sasl_plain_username="chatops",
    sasl_plain_password="8aN6zGitQKlk3vN9FSypU6FPGXY1AxJm",  # tfl-eval: hardcoded-credential
)

mongo = MongoClient("mongo-rs0.internal", 27017, username="chatops", password="9F63BpalnX*7Bta", authSource="admin")  # tfl-eval: hardcoded-credential, hardcoded-backing-service
