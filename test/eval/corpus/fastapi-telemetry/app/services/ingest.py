import logging

import boto3
import redis
import requests
from requests.auth import HTTPBasicAuth

log = logging.getLogger(__name__)

stream_cache = redis.Redis(host="redis.internal", port=6379, db=2, password="mJkigUEFMcTMGmW7FSPTVfy6ePajyx0L")  # tfl-eval: hardcoded-credential, hardcoded-backing-service

firehose = boto3.client(
    "firehose",
    region_name="eu-central-1",
    aws_access_key_id="AKIAC4JGQT4BYQ5KGZK7",  # tfl-eval: hardcoded-credential
    aws_secret_access_key="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",  # tfl-eval: hardcoded-credential
)

GRAFANA_URL = "https://grafana.internal/api/annotations"


def annotate(text: str) -> None:
    requests.post(GRAFANA_URL, json={"text": text}, auth=("grafana-bot", "V366TvjINQ#edqL"), timeout=5)  # tfl-eval: hardcoded-credential


def push_to_vendor(batch: list[dict]) -> None:
    resp = requests.post(
        "https://ingest.metrics-vendor.io/v2/batch",
        json=batch,
        auth=HTTPBasicAuth("telemetry-prod", "cnsKQ1UCqUTjGnbPtrptotgYPMye6q3L"),  # tfl-eval: hardcoded-credential
        timeout=10,
    )
    if resp.status_code == 401:
        log.error("vendor rejected credentials; check the password in the vault")  # tfl-eval-not: hardcoded-credential


def notify_mailgun(to: str, subject: str, body: str) -> None:
    requests.post(
        "https://api.mailgun.net/v3/mg.telemetry.example.com/messages",
        auth=("api", "key-34632a33f2a726ed79d72c2bca3ece63"),  # tfl-eval: hardcoded-credential
        data={"from": "alerts@telemetry.example.com", "to": to, "subject": subject, "text": body},
        timeout=10,
    )
