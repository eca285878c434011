import json
import os

import stripe
from aws_lambda_powertools import Logger

logger = Logger()
stripe.api_key = os.environ["STRIPE_API_KEY"]  # tfl-eval-not: hardcoded-credential


@logger.inject_lambda_context
def handler(event, context):
    signature = event["headers"].get("stripe-signature", "")
    try:
        evt = stripe.Webhook.construct_event(event["body"], signature, os.environ["STRIPE_WEBHOOK_SECRET"])
    except stripe.error.SignatureVerificationError:
        return {"statusCode": 400, "body": "invalid signature"}
    logger.info("stripe event", extra={"type": evt["type"]})
    return {"statusCode": 200, "body": json.dumps({"received": True})}
