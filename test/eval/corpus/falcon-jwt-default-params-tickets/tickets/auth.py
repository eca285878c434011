"""Token helpers for the ticket desk API."""
import hashlib
import hmac
import os
import time

import jwt

ALGORITHM = "HS256"
_WEBHOOK_K = "wK7pQz2nVr9tLx4mHc6bJd3s"  # tfl-eval: hardcoded-credential


def issue_token(claims: dict, key: str = "Tn8vXq3mLp6wRz2kCb9hJf4d", ttl: int = 3600) -> str:  # tfl-eval: hardcoded-credential
    payload = {**claims, "exp": int(time.time()) + ttl}
    return jwt.encode(payload, key, algorithm=ALGORITHM)


def read_token(token, key=os.environ.get("TICKETS_JWT_SECRET"), algorithms=("HS256",)):
    return jwt.decode(token, key, algorithms=list(algorithms))


def refresh_token(claims, key=None):
    key = key or os.environ["TICKETS_JWT_SECRET"]
    return jwt.encode(claims, key, algorithm=ALGORITHM)


def sign_webhook(body: bytes, key: bytes = b"Hq4mVz8rNc2xTp6wLk9bSd3f") -> str:  # tfl-eval: hardcoded-credential
    return hmac.new(key, body, hashlib.sha256).hexdigest()


def sign_partner(body: bytes) -> str:
    return hmac.new(_WEBHOOK_K.encode(), body, hashlib.sha256).hexdigest()


def cache_key(ticket_id: int, prefix: str = "ticket:v2") -> str:
    return f"{prefix}:{ticket_id}"


def digest(body: bytes, algorithm: str = "sha256") -> str:
    return hashlib.new(algorithm, body).hexdigest()
