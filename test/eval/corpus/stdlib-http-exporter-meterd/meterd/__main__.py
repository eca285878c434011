import os
from http.server import ThreadingHTTPServer

from meterd.handler import MeterHandler


def main():
    port = int(os.environ.get("PORT", "9108"))
    server = ThreadingHTTPServer(("0.0.0.0", port), MeterHandler)
    print(f"meterd listening on {port}", flush=True)
    try:
        server.serve_forever()  # tfl-eval: no-graceful-shutdown
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


main()
