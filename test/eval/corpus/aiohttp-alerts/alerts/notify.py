import os
import smtplib

import redis  # tfl-eval: undeclared-dependency (requirements.txt has aiohttp-session[aioredis], not redis)

CACHE = redis.StrictRedis(host="10.12.0.5", port=6379, db=2)  # tfl-eval: hardcoded-backing-service


def notify(address, text):
    if CACHE.get(f"muted:{address}"):
        return
    with smtplib.SMTP_SSL(os.environ.get("SMTP_HOST", "localhost"), 465) as smtp:  # tfl-eval-not: hardcoded-backing-service
        smtp.sendmail("alerts@example.org", [address], text)
