from .base import *  # noqa: F401,F403

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000

# LIMS vendor integration (the instrument gateway only accepts this service account).
LIMS_GATEWAY = {
    "base_url": "https://lims-gw.internal.labs.example.net/api/v2",
    "username": "svc-labs-prod",
    "password": "Xq7#rTv2!mKp9wLz",  # tfl-eval: hardcoded-credential
}
