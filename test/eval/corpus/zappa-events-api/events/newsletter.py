import requests

MAILCHIMP_DC = "us14"
MAILCHIMP_LIST = "a1b2c3d4e5"
MAILCHIMP_API_KEY = "e829eda1d052f14f05dfaabe0b063917-us14"  # tfl-eval: hardcoded-credential


def subscribe(email: str) -> None:
    url = f"https://{MAILCHIMP_DC}.api.mailchimp.com/3.0/lists/{MAILCHIMP_LIST}/members"
    requests.post(url, auth=("anystring", MAILCHIMP_API_KEY), json={"email_address": email, "status": "pending"}, timeout=5)
