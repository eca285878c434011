import os

import aio_pika
from confluent_kafka import Consumer, Producer


async def connect_events() -> aio_pika.abc.AbstractRobustConnection:
    return await aio_pika.connect_robust(host="rabbitmq.shop.internal", login="events", password="CaDmbR4ZyatNB4CW", virtualhost="events")  # tfl-eval: hardcoded-credential, hardcoded-backing-service


producer = Producer({
    "bootstrap.servers": "pkc-4r297.europe-west1.gcp.confluent.cloud:9092",  # tfl-eval: hardcoded-backing-service
    "security.protocol": "SASL_SSL",
    "sasl.mechanisms": "PLAIN",
    "sasl.username": "QSxTHIziNa5VOnTv",
    "sasl.password": "0pVx7QSJq6grAb2dOzP21JUBuyMi3BlynYBYObOw2X4YezFU7jjnJWJxPowkkRY7",  # tfl-eval: hardcoded-credential
})

consumer = Consumer({
    "bootstrap.servers": os.environ["KAFKA_BOOTSTRAP"],
    "group.id": "search-indexer",
    "sasl.username": os.environ["KAFKA_KEY"],
    "sasl.password": os.environ["KAFKA_SECRET"],  # tfl-eval-not: hardcoded-credential
    "auto.offset.reset": "earliest",
})
