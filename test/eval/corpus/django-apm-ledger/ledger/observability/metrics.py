"""Custom business metrics shipped to Datadog and Rollbar."""
import logging

import rollbar
from datadog import initialize, statsd

logger = logging.getLogger(__name__)

_options = {
    "api_key": "cb321f1794e2d7955ea4adce60afd8af",  # tfl-eval: hardcoded-credential
    "app_key": "b3ecbd70faea6815754348b20d3b4abf19a1e37e",  # tfl-eval: hardcoded-credential
    "statsd_host": "127.0.0.1",
    "statsd_port": 8125,
}


def init_monitoring(environment: str) -> None:
    initialize(**_options)
    rollbar.init(
        "70d293de894e0edc11aa5f0fac086784",  # tfl-eval: hardcoded-credential
        environment=environment,
        code_version="2.14.0",
    )
    logger.info("monitoring initialised for %s", environment)


def record_posting(amount_cents: int, currency: str) -> None:
    statsd.increment("ledger.postings", tags=[f"currency:{currency}"])
    statsd.histogram("ledger.posting_amount", amount_cents, tags=[f"currency:{currency}"])
