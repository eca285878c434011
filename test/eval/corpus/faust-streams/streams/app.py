import ssl

import faust

ssl_context = ssl.create_default_context()

app = faust.App(
    "fraud-scoring",
    broker="kafka://b-1.fraud.kafka.eu-west-1.amazonaws.com:9096",  # tfl-eval: hardcoded-backing-service
    broker_credentials=faust.SASLCredentials(
        username="fraud-scoring",
        password="mc2MnRnddIukgIMX6kobRsU1",  # tfl-eval: hardcoded-credential
        ssl_context=ssl_context,
        mechanism="SCRAM-SHA-512",
    ),
    store="rocksdb://",
    topic_partitions=12,
)


class Payment(faust.Record, serializer="json"):
    id: str
    card_hash: str
    amount: int
    country: str


payments = app.topic("payments", value_type=Payment)
alerts = app.topic("fraud-alerts")
per_card = app.Table("per_card_spend", default=int).tumbling(3600, expires=7200)


@app.agent(payments)
async def score(stream):
    async for payment in stream.group_by(Payment.card_hash):
        per_card[payment.card_hash] += payment.amount
        if per_card[payment.card_hash].current() > 500_000:
            await alerts.send(value={"payment": payment.id, "reason": "hourly spend"})
