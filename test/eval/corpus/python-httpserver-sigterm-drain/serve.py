import os
import signal
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

server = ThreadingHTTPServer(("0.0.0.0", int(os.environ["PORT"])), SimpleHTTPRequestHandler)


def stop(signum, frame):
    # shutdown() waits for serve_forever to return; call it from another thread.
    threading.Thread(target=server.shutdown).start()


signal.signal(signal.SIGTERM, stop)
server.serve_forever()  # tfl-eval-not: no-graceful-shutdown
server.server_close()
