import json

import dramatiq
import requests

from . import settings

ONESIGNAL_URL = "https://onesignal.com/api/v1/notifications"


@dramatiq.actor(queue_name="push")
def send_push(player_ids: list[str], title: str, body: str) -> None:
    response = requests.post(
        ONESIGNAL_URL,
        headers={
            "Authorization": f"Basic {settings.ONESIGNAL_REST_API_KEY}",
            "Content-Type": "application/json; charset=utf-8",
        },
        data=json.dumps({
            "app_id": settings.ONESIGNAL_APP_ID,
            "include_player_ids": player_ids,
            "headings": {"en": title},
            "contents": {"en": body},
        }),
        timeout=10,
    )
    response.raise_for_status()
