import json
import os
import signal

import tornado.ioloop
import tornado.web

from telemetry.store import session as db

# Dashboards each operator pinned, by operator id: lost on restart, invisible to the other workers.
pinned_dashboards = {}  # tfl-eval: memory-session-store
UNITS = {"temp": "°C", "pressure": "bar"}  # tfl-eval-not: memory-session-store


class PinHandler(tornado.web.RequestHandler):
    def post(self):
        operator = self.get_secure_cookie("operator").decode()
        pinned_dashboards.setdefault(operator, []).append(json.loads(self.request.body)["dashboard"])
        self.write({"pinned": pinned_dashboards[operator]})


class ReadingHandler(tornado.web.RequestHandler):
    def get(self, sensor):
        row = db.execute("SELECT value FROM latest WHERE sensor=%s", (sensor,)).one()
        self.write({"sensor": sensor, "value": row.value if row else None, "unit": UNITS.get(sensor.split("-")[0])})


def make_app():
    return tornado.web.Application(
        [(r"/pins", PinHandler), (r"/readings/(.+)", ReadingHandler)],
        cookie_secret=os.environ["COOKIE_SECRET"],  # tfl-eval-not: hardcoded-credential
    )


if __name__ == "__main__":
    app = make_app()
    server = app.listen(int(os.environ["PORT"]))  # tfl-eval-not: hardcoded-port
    loop = tornado.ioloop.IOLoop.current()
    signal.signal(signal.SIGTERM, lambda *_: loop.add_callback_from_signal(loop.stop))
    loop.start()
