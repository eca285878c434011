"""Fans order events out to Ably channels and to web push subscribers."""
import json
import os

from ably import AblyRest
from pywebpush import webpush

ABLY = AblyRest("9e5JgG.Ttg7K7:xuqsGuNtNoPbtZ3JnuA-WIxyQSnI2ig5tJV2PafOR5s")  # tfl-eval: hardcoded-credential
ABLY_EU = AblyRest(os.environ["ABLY_EU_API_KEY"])  # tfl-eval-not: hardcoded-credential
VAPID_CLAIMS = {"sub": "mailto:ops@notify-hub.example"}


async def fan_out(event, subscriptions):
    await ABLY.channels.get(f"orders:{event['order_id']}").publish("status", event)
    for subscription in subscriptions:
        webpush(
            subscription_info=subscription,
            data=json.dumps(event),
            vapid_private_key=os.environ["VAPID_PRIVATE_KEY"],  # tfl-eval-not: hardcoded-credential
            vapid_claims=VAPID_CLAIMS,
        )
