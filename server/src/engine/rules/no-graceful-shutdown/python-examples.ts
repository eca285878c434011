import type { Examples } from '../../rule';

export const pythonExamples: Examples = {
  valid: [
    {
      name: 'a server class the __main__ guard builds, whose run method stops the server on SIGTERM',
      path: 'relay.py',
      code: `import os
import signal
import threading
from http.server import ThreadingHTTPServer

from handlers import Handler


class Relay:
    def __init__(self, port):
        self.server = ThreadingHTTPServer(("", port), Handler)

    def run(self):
        signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=self.server.shutdown).start())
        self.server.serve_forever()


if __name__ == "__main__":
    Relay(int(os.environ["PORT"])).run()
`,
    },
    {
      name: "a SIGTERM handler that shuts the server down from another thread",
      path: 'serve.py',
      code: 'import signal, threading\nfrom http.server import ThreadingHTTPServer\n\nserver = ThreadingHTTPServer(("0.0.0.0", 8000), Handler)\n\n\ndef stop(signum, frame):\n    threading.Thread(target=server.shutdown).start()\n\n\nsignal.signal(signal.SIGTERM, stop)\nserver.serve_forever()\n',
    },
    {
      name: 'a SIGTERM handler that shuts the server down from another thread',
      path: 'service/main.py',
      code: `import os
import signal
import threading
from http.server import ThreadingHTTPServer

from service.handlers import Handler


def main():
    server = ThreadingHTTPServer(("", int(os.environ["PORT"])), Handler)
    signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=server.shutdown).start())
    server.serve_forever()
    server.server_close()


if __name__ == "__main__":
    main()
`,
    },
    {
      name: 'servers that catch SIGTERM themselves: uvicorn.run, aiohttp run_app',
      path: 'app/__main__.py',
      code: `import os

import uvicorn
from aiohttp import web

from app.api import api, build_admin

if os.environ.get("ADMIN") == "1":
    web.run_app(build_admin(), port=int(os.environ["PORT"]))
else:
    uvicorn.run(api, host="0.0.0.0", port=int(os.environ["PORT"]))
`,
    },
    {
      name: "a server class's run method, and a localhost server bound by with … as in the __main__ guard",
      path: 'pkg/servers.py',
      code: `from wsgiref.simple_server import make_server
from xmlrpc.server import SimpleXMLRPCServer


class WSGIRefServer:
    def run(self, app):
        make_server(self.host, self.port, app).serve_forever()


if __name__ == "__main__":
    with SimpleXMLRPCServer(("localhost", 8000)) as server:
        server.register_function(pow)
        server.serve_forever()
`,
    },
    {
      name: "a test helper on the loopback address, and a library's serve function without a __main__ guard",
      path: 'pkg/devserver.py',
      code: `from http.server import HTTPServer, SimpleHTTPRequestHandler


def preview(port=8000):
    httpd = HTTPServer(("127.0.0.1", port), SimpleHTTPRequestHandler)
    httpd.serve_forever()


def serve(app, port):
    from wsgiref.simple_server import make_server
    make_server("", port, app).serve_forever()
`,
    },
  ],
  invalid: [
    {
      name: "a server class the __main__ guard builds and runs: its method's serve_forever is the program's start",
      path: 'relay.py',
      code: `import os
from socketserver import TCPServer, ThreadingMixIn

from handlers import WebhookHandler


class ThreadedServer(ThreadingMixIn, TCPServer):
    allow_reuse_address = True


class Relay:
    def __init__(self, port):
        self.server = ThreadedServer(("0.0.0.0", port), WebhookHandler)

    def start(self):
        ⟦self.server.serve_forever⟧()


if __name__ == "__main__":
    Relay(int(os.environ["PORT"])).start()
`,
    },
    {
      name: 'a class that installs a Ctrl-C handler in its run method: it owns the signals, and SIGTERM still ends it at once',
      path: 'exporter/service.py',
      code: `import signal
from http.server import ThreadingHTTPServer

from exporter.handler import MetricsHandler


class Exporter:
    def __init__(self, port):
        self.httpd = ThreadingHTTPServer(("", port), MetricsHandler)

    def _stop(self, signum, frame):
        raise KeyboardInterrupt

    def run(self):
        signal.signal(signal.SIGINT, self._stop)
        try:
            ⟦self.httpd.serve_forever⟧()
        except KeyboardInterrupt:
            self.httpd.shutdown()
`,
      messageIncludes: ['SIGINT (Ctrl-C) but not SIGTERM'],
    },
    {
      name: 'SIGTERM handlers that only exit (a lambda, a def that logs first): the same as no handler',
      path: 'server.py',
      code: 'import logging, signal, sys\nfrom http.server import HTTPServer\n\n\ndef bye(signum, frame):\n    logging.info("bye")\n    sys.exit(0)\n\n\nserver = HTTPServer(("0.0.0.0", 8000), Handler)\n⟪signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))⟫\n⟪signal.signal(signal.SIGTERM, bye)⟫\n⟦server.serve_forever⟧()\n',
      messageIncludes: ['exits at once', 'server.shutdown()'],
    },
    {
      name: "the standard library's server started by the program, no SIGTERM handler",
      path: 'exporter/main.py',
      code: `import os
from http.server import ThreadingHTTPServer

from exporter.handler import MetricsHandler


def main():
    server = ThreadingHTTPServer(("0.0.0.0", int(os.environ.get("PORT", "9100"))), MetricsHandler)
    try:
        ⟦server.serve_forever⟧()
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
`,
      messageIncludes: ['Factor IX', 'SIGTERM'],
    },
    {
      name: "waitress' serve at module level",
      path: 'run.py',
      code: `import os

from waitress import serve

from shop import create_app

⟦serve⟧(create_app(), host="0.0.0.0", port=int(os.environ["PORT"]))
`,
    },
    {
      name: "gevent's WSGIServer in the __main__ guard",
      path: 'ledger/gevent_server.py',
      code: `import os

from gevent.pywsgi import WSGIServer

from ledger.wsgi import application

if __name__ == "__main__":
    ⟦WSGIServer(("0.0.0.0", int(os.environ["PORT"])), application).serve_forever⟧()
`,
    },
    {
      name: "Tornado's loop started by the program",
      path: 'chat/server.py',
      code: `import os

import tornado.ioloop
import tornado.web

from chat.handlers import routes


if __name__ == "__main__":
    app = tornado.web.Application(routes)
    app.listen(int(os.environ["PORT"]))
    ⟦tornado.ioloop.IOLoop.current().start⟧()
`,
    },
  ],
};
