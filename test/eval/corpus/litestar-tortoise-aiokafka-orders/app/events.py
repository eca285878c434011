"""Order events go to Confluent Cloud; payments arrive over RabbitMQ."""
import os

import aio_pika
from aiokafka import AIOKafkaProducer
from aiokafka.helpers import create_ssl_context


def producer() -> AIOKafkaProducer:
    return AIOKafkaProducer(
        bootstrap_servers=os.environ["KAFKA_BOOTSTRAP"],
        security_protocol="SASL_SSL",
        ssl_context=create_ssl_context(),
        sasl_mechanism="PLAIN",
        sasl_plain_username="Y8LJEDDH6RTUWLAU",
        sasl_plain_password="C01Sh9Lj0kWYxQOKmLHwLOZvOmPBKw2JqsDOaYjBMomaByNdC1PA5Aokcmp8iTdf",  # tfl-eval: hardcoded-credential
    )


def audit_producer() -> AIOKafkaProducer:
    return AIOKafkaProducer(
        bootstrap_servers=os.environ["KAFKA_BOOTSTRAP"],
        security_protocol="SASL_SSL",
        sasl_mechanism="SCRAM-SHA-512",
        sasl_plain_username=os.environ["KAFKA_AUDIT_USER"],
        sasl_plain_password=os.environ["KAFKA_AUDIT_PASSWORD"],  # tfl-eval-not: hardcoded-credential
    )


async def payments_channel():
    connection = await aio_pika.connect_robust(
        "amqps://payments:gDSiwdLf9UKJuHPX4ud0@rabbit.prod.internal:5671/orders"  # tfl-eval: hardcoded-credential, hardcoded-backing-service
    )
    return await connection.channel()


async def local_channel():
    connection = await aio_pika.connect_robust(os.environ.get("AMQP_URL", "amqp://guest:guest@localhost/"))  # tfl-eval-not: hardcoded-credential
    return await connection.channel()
