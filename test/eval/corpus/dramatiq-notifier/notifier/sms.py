"""SMS delivery through Twilio, with a per-number rate limit."""
import dramatiq
from twilio.rest import Client

from .broker import broker  # noqa: F401  (registers the broker)

TWILIO_ACCOUNT_SID = "AC1cf174794751c3048e63b51e2d773091"  # tfl-eval-not: hardcoded-credential
TWILIO_AUTH_TOKEN = "faa72a3ebb1306bf2eda5c65d72459ac"  # tfl-eval: hardcoded-credential
FROM_NUMBER = "+15005550006"

_client = Client(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN)


@dramatiq.actor(max_retries=5, min_backoff=2000)
def send_sms(to: str, body: str) -> str:
    message = _client.messages.create(to=to, from_=FROM_NUMBER, body=body[:1600])
    return message.sid
