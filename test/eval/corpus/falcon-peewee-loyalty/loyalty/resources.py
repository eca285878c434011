import json
import os

import falcon
import redis

cache = redis.Redis.from_url(os.environ["REDIS_URL"])  # tfl-eval-not: hardcoded-backing-service
TIERS = {"bronze": 0, "silver": 500, "gold": 2000}  # tfl-eval-not: memory-session-store


class HealthResource:
    def on_get(self, req, resp):
        resp.media = {"ok": True}


class BalanceResource:
    def on_get(self, req, resp, member_id):
        cached = cache.get(f"balance:{member_id}")
        if cached is None:
            raise falcon.HTTPNotFound()
        resp.text = json.dumps({"member": member_id, "points": int(cached)})
