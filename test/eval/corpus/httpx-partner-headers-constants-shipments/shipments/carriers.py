import os

import httpx
import requests

CARRIER_BASE = "https://api.parcel-carrier.example/v2"
ACME_FREIGHT = "HneBvicoKlVpw5xw2cF2"  # tfl-eval: hardcoded-credential
CONTENT_TYPE = "application/json"
USER_AGENT = "shipments/1.2"
TRACE_HEADER = "X-Request-Id"


def quote(parcel: dict) -> dict:
    response = httpx.post(f"{CARRIER_BASE}/quotes", json=parcel, headers={"X-Api-Key": ACME_FREIGHT, "Content-Type": CONTENT_TYPE})
    response.raise_for_status()
    return response.json()


def track(code: str) -> dict:
    token = os.environ["PARCEL_TRACKING_TOKEN"]
    response = requests.get(f"{CARRIER_BASE}/track/{code}", headers={"Authorization": token, "User-Agent": USER_AGENT}, timeout=10)  # tfl-eval-not: hardcoded-credential
    return response.json()
