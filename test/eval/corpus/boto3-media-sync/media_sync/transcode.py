import hashlib
import os

import requests

MUX_TOKEN_ID = os.getenv("MUX_TOKEN_ID", "")  # tfl-eval-not: hardcoded-credential
MUX_TOKEN_SECRET = os.getenv("MUX_TOKEN_SECRET", "")  # tfl-eval-not: hardcoded-credential
CHECKSUM_OF_EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"  # tfl-eval-not: hardcoded-credential


def submit(url: str) -> dict:
    resp = requests.post(
        "https://api.mux.com/video/v1/assets",
        json={"input": url, "playback_policy": ["public"]},
        auth=(MUX_TOKEN_ID, MUX_TOKEN_SECRET),
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()


def notify_cdn(path: str) -> None:
    requests.post(
        "https://api.bunny.net/purge",
        params={"url": path},
        headers={"AccessKey": "2b7e8c41-9d3f-4a6e-b5c2-71f0e9a84d1c5f3b7a29-e6d4-4c81-9b0f-3a7d5e2c8f16"},  # tfl-eval: hardcoded-credential
        timeout=10,
    )


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
