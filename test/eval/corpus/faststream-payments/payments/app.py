import hashlib
import hmac

from faststream import FastStream
from faststream.rabbit import RabbitBroker

from payments.settings import settings

broker = RabbitBroker(settings.rabbit_url)
app = FastStream(broker)


@broker.subscriber("payments.captured")
async def on_captured(event: dict) -> None:
    key = settings.ledger_signing_key.get_secret_value().encode()
    signature = hmac.new(key, event["id"].encode(), hashlib.sha256).hexdigest()
    await broker.publish({"id": event["id"], "signature": signature}, settings.payout_queue)
