import json
import os
from http.server import BaseHTTPRequestHandler
from socketserver import ThreadingMixIn, TCPServer

import requests


class ThreadedServer(ThreadingMixIn, TCPServer):
    allow_reuse_address = True


class WebhookHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        payload = json.loads(self.rfile.read(length) or b"{}")
        requests.post(os.environ["FORWARD_URL"], json=payload, timeout=5)
        self.send_response(202)
        self.end_headers()


class Relay:
    def __init__(self, port):
        self.server = ThreadedServer(("0.0.0.0", port), WebhookHandler)

    def start(self):
        print(f"relay listening on {self.server.server_address[1]}")
        self.server.serve_forever()  # tfl-eval: no-graceful-shutdown


if __name__ == "__main__":
    Relay(int(os.environ["PORT"])).start()
