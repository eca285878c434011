import requests

MAILGUN_DOMAIN = "mg.jobs.example"
MAILGUN_KEY = "key-4067fdea31cca38a560161fa26a83722"  # tfl-eval: hardcoded-credential
RESET_SUBJECT = "Reset your password"  # tfl-eval-not: hardcoded-credential


def send_reset(email: str, link: str) -> None:
    requests.post(
        f"https://api.eu.mailgun.net/v3/{MAILGUN_DOMAIN}/messages",
        auth=("api", MAILGUN_KEY),
        data={"from": f"noreply@{MAILGUN_DOMAIN}", "to": email, "subject": RESET_SUBJECT, "text": link},
        timeout=10,
    )
