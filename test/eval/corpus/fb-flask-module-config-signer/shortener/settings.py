import os

SIGNING_KEY = "shortener-links-2024"  # tfl-eval: hardcoded-credential
SIGNING_SALT = "link-token"
BASE_URL = os.getenv("BASE_URL", "http://localhost:5000")
REDIS_URL = os.getenv("REDIS_URL")
