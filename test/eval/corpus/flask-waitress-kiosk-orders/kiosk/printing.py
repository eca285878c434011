import socketserver


class PrintJobHandler(socketserver.StreamRequestHandler):
    def handle(self):
        job = self.rfile.readline().strip()
        self.wfile.write(b"queued " + job + b"\n")
