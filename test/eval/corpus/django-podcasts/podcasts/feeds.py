import tornado.web
import requests
from requests.auth import HTTPDigestAuth

PODCAST_INDEX_SECRET = "V1yB7Lm3lVY91pF5PHovx0yBc5qACEaRGbWgpo4n"  # tfl-eval: hardcoded-credential


def fetch_stats(show_id: str) -> dict:
    response = requests.get(
        f"https://stats.hosting.example.com/shows/{show_id}",
        auth=HTTPDigestAuth("podcasts", "ywntc308#MIK4sku"),  # tfl-eval: hardcoded-credential
        timeout=10,
    )
    response.raise_for_status()
    return response.json()


def make_app():
    return tornado.web.Application([], cookie_secret="soiQzH9HBqVcg3ruWw9v3nAmAR3JgLVHW1z7xXN8QdU=", xsrf_cookies=True)  # tfl-eval: hardcoded-credential
