import os
import time

import httpx
from sqlalchemy import create_engine, text

FEED = os.environ["TIDES_FEED_URL"]


def run_once(engine):
    readings = httpx.get(FEED, timeout=10).json()
    with engine.begin() as conn:
        for r in readings:
            conn.execute(text("INSERT INTO readings (station, at, height) VALUES (:s, :t, :h) ON CONFLICT DO NOTHING"), {"s": r["station"], "t": r["time"], "h": r["height"]})


if __name__ == "__main__":
    engine = create_engine(os.environ["DATABASE_URL"])
    while True:
        run_once(engine)
        time.sleep(int(os.environ.get("SYNC_INTERVAL", "300")))
