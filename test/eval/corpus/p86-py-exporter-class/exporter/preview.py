"""A preview server other tools embed: whoever constructs it owns the process and its signals."""
from http.server import HTTPServer, SimpleHTTPRequestHandler


class PreviewServer:
    def __init__(self, port, directory):
        self.port = port
        self.directory = directory

    def serve(self):
        handler = lambda *args: SimpleHTTPRequestHandler(*args, directory=self.directory)
        httpd = HTTPServer(("", self.port), handler)
        httpd.serve_forever()  # tfl-eval-not: no-graceful-shutdown
