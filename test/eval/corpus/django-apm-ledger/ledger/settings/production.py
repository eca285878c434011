from .base import *  # noqa: F401,F403

import sentry_sdk
from sentry_sdk.integrations.django import DjangoIntegration

DEBUG = False

ELASTIC_APM.update(
    {
        "SERVER_URL": "https://apm.ledgerly.internal:8200",
        "SECRET_TOKEN": "uefQEwjFj7Orh3jnCYuHWBRG",  # tfl-eval: hardcoded-credential
        "ENVIRONMENT": "production",
        "TRANSACTION_SAMPLE_RATE": 0.2,
    }
)

# The DSN is what the SDK sends events to; it carries only a public key.
sentry_sdk.init(
    dsn="https://deda4b350044209dd7190ecea7bad2ca@o450518403.ingest.sentry.io/450512122",  # tfl-eval-not: hardcoded-credential
    integrations=[DjangoIntegration()],
    traces_sample_rate=0.1,
    send_default_pii=False,
)

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
