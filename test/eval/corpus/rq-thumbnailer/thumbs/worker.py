import logging
import logging.handlers

from redis import Redis
from rq import Queue, Worker

handler = logging.handlers.RotatingFileHandler("/var/log/thumbs/worker.log", maxBytes=20_000_000, backupCount=5)  # tfl-eval: file-logger
logging.getLogger().addHandler(handler)

redis = Redis(host="10.20.4.11", port=6379, db=3)  # tfl-eval: hardcoded-backing-service
queue = Queue("thumbnails", connection=redis)

if __name__ == "__main__":
    Worker([queue], connection=redis).work(with_scheduler=True)
