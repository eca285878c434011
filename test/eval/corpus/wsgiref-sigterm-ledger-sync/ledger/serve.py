import os
import signal
import threading
from wsgiref.simple_server import make_server

from ledger.wsgi import application


def main():
    httpd = make_server("", int(os.environ["PORT"]), application)

    def drain(signum, frame):
        threading.Thread(target=httpd.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, drain)
    httpd.serve_forever()  # tfl-eval-not: no-graceful-shutdown


if __name__ == "__main__":
    main()
