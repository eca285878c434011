import json
import ssl

import pika
from kafka import KafkaProducer
from google.oauth2 import service_account

producer = KafkaProducer(
    bootstrap_servers=["pkc-4r297.europe-west1.gcp.confluent.cloud:9092"],  # tfl-eval: hardcoded-backing-service
    security_protocol="SASL_SSL",
    sasl_mechanism="PLAIN",
    sasl_plain_username="2CLHJIHCQON4O4Y3",
    sasl_plain_password="16XaeUU8K+RxtDw2JZkNBTOGpO9qj+nXedMKo40btaY2xE+WcRgW3IBoMQshbq8E",  # tfl-eval: hardcoded-credential
    value_serializer=lambda v: json.dumps(v).encode(),
)

rabbit = pika.BlockingConnection(pika.URLParameters("amqps://events:s2sqt8JeB45W01a4In2B@rabbit.example.net/events"))  # tfl-eval: hardcoded-credential

credentials = service_account.Credentials.from_service_account_info(
    {
        "type": "service_account",
        "project_id": "events-prod",
        "private_key_id": "29610eee8e6cb9ff403ecba81833ad71cb028f50",
        "private_key": "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCQvXIXxONy24CUd38Lffuwl9JJMyJwINDuM6J5BtY/8uyo60ulubEzuCUrTbhQ7KThL+WCc59t5gV7thv\n-----END PRIVATE KEY-----\n",  # tfl-eval: hardcoded-credential
        "client_email": "events@events-prod.iam.gserviceaccount.com",
        "token_uri": "https://oauth2.googleapis.com/token",
    }
)


def publish(topic: str, event: dict) -> None:
    producer.send(topic, event)
