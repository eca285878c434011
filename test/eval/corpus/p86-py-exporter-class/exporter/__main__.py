import logging
import os
import signal
from http.server import ThreadingHTTPServer

from exporter.handler import MetricsHandler

log = logging.getLogger("exporter")


class Exporter:
    def __init__(self, port):
        self.httpd = ThreadingHTTPServer(("", port), MetricsHandler)

    def _stop(self, signum, frame):
        log.info("Ctrl-C, stopping")
        raise KeyboardInterrupt

    def run(self):
        signal.signal(signal.SIGINT, self._stop)
        log.info("serving metrics on %s", self.httpd.server_address)
        try:
            self.httpd.serve_forever()  # tfl-eval: no-graceful-shutdown
        except KeyboardInterrupt:
            self.httpd.shutdown()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    Exporter(int(os.environ.get("PORT", "9100"))).run()
