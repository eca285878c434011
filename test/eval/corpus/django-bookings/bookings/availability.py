import logging

import redis
import requests  # tfl-eval: undeclared-dependency
from django.conf import settings

log = logging.getLogger(__name__)
log.addHandler(logging.FileHandler("/var/log/bookings/availability.log"))  # tfl-eval: file-logger

holds = redis.Redis(host="holds.bookings.internal", port=6379, db=2)  # tfl-eval: hardcoded-backing-service
cache = redis.Redis.from_url(settings.CACHES["default"]["LOCATION"])  # tfl-eval-not: hardcoded-backing-service


def room_is_free(room_id: int, night: str) -> bool:
    if holds.exists(f"hold:{room_id}:{night}"):
        return False
    response = requests.get(f"{settings.CHANNEL_MANAGER_URL}/rooms/{room_id}/{night}", timeout=5)
    return response.json()["free"]
