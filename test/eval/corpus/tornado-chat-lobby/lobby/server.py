import os

import tornado.ioloop
import tornado.web

from lobby.handlers import routes


def make_app():
    return tornado.web.Application(routes, websocket_ping_interval=20)


if __name__ == "__main__":
    app = make_app()
    app.listen(int(os.environ["PORT"]), xheaders=True)
    tornado.ioloop.IOLoop.current().start()  # tfl-eval: no-graceful-shutdown
