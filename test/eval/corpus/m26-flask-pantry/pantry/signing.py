import secrets

from itsdangerous import URLSafeTimedSerializer

SIGNING_KEY = None


def init_signing(app):
    """Signs the pantry's export links."""
    global SIGNING_KEY
    if SIGNING_KEY is None:
        SIGNING_KEY = secrets.token_bytes(32)  # tfl-eval: per-process-secret
    app.extensions["export_signer"] = URLSafeTimedSerializer(SIGNING_KEY, salt="export")
