"""Relays print jobs from the queue to the receipt printer; stops between jobs on SIGTERM."""
import os
import signal
import socketserver

from kiosk.printing import PrintJobHandler

stopping = False


def request_stop(signum, frame):
    global stopping
    stopping = True


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, request_stop)
    with socketserver.TCPServer(("0.0.0.0", int(os.environ["BRIDGE_PORT"])), PrintJobHandler) as server:
        server.timeout = 1
        while not stopping:
            server.handle_request()
