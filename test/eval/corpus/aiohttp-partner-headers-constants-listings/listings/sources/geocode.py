import requests

GEOCODER_URL = "https://geo.address-lookup.example/v1/search"
MAPLY = "jdWErt9w0V3ykpp88pYIskTqXTEuTe0i"  # tfl-eval: hardcoded-credential
CLIENT_HEADER = "X-Client-Name"

HEADERS = {
    "X-Api-Key": MAPLY,
    CLIENT_HEADER: "listings-sync",
}


def geocode(address: str) -> dict:
    return requests.get(GEOCODER_URL, params={"q": address}, headers=HEADERS, timeout=10).json()
