import hashlib
import hmac
import os


def handler(event, context):
    secret = os.environ.get("PADDLE_WEBHOOK_SECRET", "")  # tfl-eval-not: hardcoded-credential
    header = event["headers"].get("paddle-signature", "")
    parts = dict(item.split("=", 1) for item in header.split(";") if "=" in item)
    signed = f"{parts.get('ts')}:{event['body']}".encode()
    ok = hmac.compare_digest(parts.get("h1", ""), hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest())
    return {"statusCode": 200 if ok else 401}
