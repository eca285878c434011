import hashlib
import hmac
import time

import jwt
import stripe
from django.conf import settings

stripe.api_key = "sk_live_7VbbMpaKHUQNppb66XE4MK1G"  # tfl-eval: hardcoded-credential

WEBHOOK_SIGNING_SECRET = b"whsec_yukdHHOkf6PUsJ8pRC7WySJkeodJVnEi"  # tfl-eval: hardcoded-credential


def verify_partner_signature(body: bytes, header: str) -> bool:
    digest = hmac.new(b"7fb23999711175a4575d5fa6e2f93c0224740367037ee76abb4499d7e5fb3044", body, hashlib.sha256).hexdigest()  # tfl-eval: hardcoded-credential
    return hmac.compare_digest(digest, header)


def verify_webhook(body: bytes, header: str) -> bool:
    expected = hmac.new(WEBHOOK_SIGNING_SECRET, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header)


def ticket_token(ticket_id: int, holder_email: str) -> str:
    payload = {"tid": ticket_id, "sub": holder_email, "exp": int(time.time()) + 3600}
    return jwt.encode(payload, "5tzp5oNSnKUHpuqphMVGGe6e1fTegdfGAxcQcRnz", algorithm="HS256")  # tfl-eval: hardcoded-credential


def charge(amount_cents: int, source: str, password: str | None = None):  # tfl-eval-not: hardcoded-credential
    return stripe.Charge.create(amount=amount_cents, currency="eur", source=source)


def settings_token() -> str:
    return jwt.encode({"svc": "tickets"}, settings.SECRET_KEY, algorithm="HS256")  # tfl-eval-not: hardcoded-credential
