"""Serve a static preview of the dashboard for local checks."""
from http.server import HTTPServer, SimpleHTTPRequestHandler

HTTPServer(("", 8765), SimpleHTTPRequestHandler).serve_forever()  # tfl-eval-not: no-graceful-shutdown
