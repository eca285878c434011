"""Pull listings from partner portals."""
import os

import aiohttp
import httpx
import requests

PORTAL_BASE = "https://api.listing-portal.example/v2"
HOMEFINDER = "pW26NiTdao6lJHki8Tgwl6g6vh0dFI6K"  # tfl-eval: hardcoded-credential
RENTLY = "DGHIcODTCrezfuU4B327hNaCRLkFtZ5C"  # tfl-eval: hardcoded-credential
ESTATELY = "ebHXtEmsuOjUWBsVHmPISauJqI3a2RYc"  # tfl-eval: hardcoded-credential
ZONING = "aDAvooX9kWnpYoAnp0qZdsWPwWFYgcFA"  # tfl-eval: hardcoded-credential
ACCEPT = "application/json"
SCHEME = "Bearer"
UA = "listings-sync/0.9"


async def fetch_homefinder(session_factory=aiohttp.ClientSession):
    async with session_factory(headers={"Authorization": f"Bearer {HOMEFINDER}", "Accept": ACCEPT}) as session:
        async with session.get(f"{PORTAL_BASE}/listings") as response:
            return await response.json()


def fetch_rently(page: int) -> dict:
    response = requests.get(
        "https://partners.rently-feed.example/api/units",
        params={"page": page},
        headers={"Authorization": "Token %s" % RENTLY, "User-Agent": UA},
        timeout=15,
    )
    response.raise_for_status()
    return response.json()


def fetch_estately(region: str) -> dict:
    headers = {"Authorization": "Bearer {}".format(ESTATELY)}
    return httpx.get(f"https://feeds.estately-data.example/{region}", headers=headers).json()


def zoning_client() -> requests.Session:
    session = requests.Session()
    session.headers.update({"Authorization": "Bearer " + ZONING, "Accept": ACCEPT})
    return session


def fetch_owner(owner_id: str) -> dict:
    token = os.environ["OWNER_PORTAL_TOKEN"]
    return requests.get(f"{PORTAL_BASE}/owners/{owner_id}", headers={"Authorization": f"{SCHEME} {token}"}, timeout=10).json()  # tfl-eval-not: hardcoded-credential
