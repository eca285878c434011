import json
import threading
import urllib.request
from http.server import HTTPServer

from meterd.handler import MeterHandler


def test_healthz(monkeypatch):
    server = HTTPServer(("127.0.0.1", 0), MeterHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    with urllib.request.urlopen(f"http://127.0.0.1:{server.server_port}/healthz") as response:
        assert response.status == 204
    server.shutdown()
