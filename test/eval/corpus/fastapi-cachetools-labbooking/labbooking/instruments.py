import os

import httpx
from cachetools import TTLCache, cached

INVENTORY_URL = os.environ["INVENTORY_URL"]


# The facility's instrument list changes a few times a year: a per-process copy for ten minutes is fine.
@cached(cache=TTLCache(maxsize=1, ttl=600))  # tfl-eval-not: memory-session-store
def instrument_catalogue() -> list[dict]:
    return httpx.get(f"{INVENTORY_URL}/instruments", timeout=5).json()
