import requests
from slack_sdk import WebClient

from .config import METABASE_PASS, METABASE_URL, METABASE_USER, SLACK_CHANNEL, crontab, huey

slack = WebClient(token="xoxb-904685277691-4600653726222-TMc6FzYrckRAxmQiSIRROWjM")  # tfl-eval: hardcoded-credential


def metabase_session() -> str:
    response = requests.post(f"{METABASE_URL}/api/session", json={"username": METABASE_USER, "password": METABASE_PASS}, timeout=10)
    response.raise_for_status()
    return response.json()["id"]


@huey.periodic_task(crontab(hour="6", minute="0"))
def harvest_summary():
    session = metabase_session()
    card = requests.post(f"{METABASE_URL}/api/card/42/query/json", headers={"X-Metabase-Session": session}, timeout=30).json()
    total = sum(row["kg"] for row in card)
    slack.chat_postMessage(channel=SLACK_CHANNEL, text=f"Yesterday's harvest: {total:.0f} kg")
