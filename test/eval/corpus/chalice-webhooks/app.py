import hashlib
import hmac
import json
import os
import urllib.request

from chalice import BadRequestError, Chalice

app = Chalice(app_name="chalice-webhooks")


def verify(body: bytes, signature: str) -> bool:
    secret = os.environ["GITHUB_WEBHOOK_SECRET"].encode()
    expected = "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature or "")


@app.route("/github", methods=["POST"])
def github():
    request = app.current_request
    if not verify(request.raw_body, request.headers.get("x-hub-signature-256")):
        raise BadRequestError("bad signature")
    event = request.json_body
    text = f"{event['repository']['full_name']}: {event.get('action', 'push')}"
    req = urllib.request.Request(os.environ["SLACK_WEBHOOK_URL"], data=json.dumps({"text": text}).encode(), headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=5)
    return {"ok": True}
