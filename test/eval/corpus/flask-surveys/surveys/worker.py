"""Sends survey reminders. Runs as the `worker` process type."""
import os
import signal
import time

import redis
from loguru import logger

queue = redis.Redis.from_url(os.environ["REDIS_URL"])
running = True


def stop(signum, frame):
    global running
    running = False


signal.signal(signal.SIGTERM, stop)

while running:
    job = queue.blpop("reminders", timeout=5)
    if job:
        logger.info("sending reminder {}", job[1])
    time.sleep(0.1)
