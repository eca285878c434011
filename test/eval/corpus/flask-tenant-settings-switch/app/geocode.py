import os

import requests

from . import settings


def geocode(address: str) -> dict:
    key = settings.MAPS
    resp = requests.get(
        "https://maps.googleapis.com/maps/api/geocode/json",
        params={"address": address, "key": key},
        timeout=5,
    )
    resp.raise_for_status()
    return resp.json()


def partner_client() -> dict:
    token = os.environ["PARTNER_API_TOKEN"] if settings.PRODUCTION else "RrzMSXzYbCFN0E2kTWDGEodwRwIw"  # tfl-eval: hardcoded-credential
    return {"Authorization": f"Bearer {token}"}
