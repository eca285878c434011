import sentry_sdk

from .base import *  # noqa: F401,F403

SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000

sentry_sdk.init(dsn="https://37e2eb690fcfa0d6d06d95e7ef36fed3@o914850.ingest.sentry.io/8335952", traces_sample_rate=0.1)  # tfl-eval-not: hardcoded-credential

AWS_ACCESS_KEY_ID = "AKIAAZS5FUAX6JLPIZQZ"  # tfl-eval: hardcoded-credential
AWS_SECRET_ACCESS_KEY = "H4+wpcg2n+FAk/YpY68J+8+U8uKLS1+Ds/WECZLE"  # tfl-eval: hardcoded-credential
