import logging
import os

import bottle
from beaker.middleware import SessionMiddleware
from waitress import serve

from kiosk.db import Base, Order, Session, engine

log = logging.getLogger("kiosk")
log.setLevel(logging.INFO)
log.addHandler(logging.StreamHandler())  # tfl-eval-not: file-logger
log.addHandler(logging.FileHandler("/var/log/kiosk/orders.log"))  # tfl-eval: file-logger

Base.metadata.create_all(engine)  # tfl-eval: startup-migration

MENU = {"espresso": 250, "flat-white": 380, "croissant": 290}

app = bottle.Bottle()


@app.post("/orders")
def place_order():
    beaker = bottle.request.environ["beaker.session"]
    table_no = beaker.get("table_no", 0)
    with Session() as db:
        db.add(Order(item=bottle.request.json["item"], table_no=table_no))
        db.commit()
    log.info("order placed")
    return {"price": MENU.get(bottle.request.json["item"])}


session_opts = {
    "session.type": "file",  # tfl-eval: memory-session-store
    "session.data_dir": "/tmp/kiosk-sessions",
    "session.cookie_expires": 3600,
    "session.auto": True,
}
wsgi = SessionMiddleware(app, session_opts)

if __name__ == "__main__":
    serve(wsgi, host="0.0.0.0", port=int(os.environ.get("PORT", "8080")))  # tfl-eval: no-graceful-shutdown
