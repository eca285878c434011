import logging
import os

import bottle

log = logging.getLogger("pantry")
log.setLevel(logging.INFO)
# LOG_FILE lets ops move the file; nobody sets it in the container, so it lands in logs/.
log.addHandler(logging.FileHandler(os.environ.get("LOG_FILE", "logs/pantry.log")))  # tfl-eval: file-logger
if os.environ.get("AUDIT_LOG"):
    log.addHandler(logging.FileHandler(os.environ["AUDIT_LOG"]))  # tfl-eval-not: file-logger

app = bottle.Bottle()


@app.get("/items")
def items():
    log.info("list items")
    return {"items": []}
