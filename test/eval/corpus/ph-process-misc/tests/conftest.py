import threading
from http.server import HTTPServer, SimpleHTTPRequestHandler

import pytest  # tfl-eval: undeclared-dependency


@pytest.fixture(scope="session")
def rates_server():
    server = HTTPServer(("127.0.0.1", 8765), SimpleHTTPRequestHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield "http://127.0.0.1:8765"
    server.shutdown()
