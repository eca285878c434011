import os

from gevent.pywsgi import WSGIServer

from ledger.wsgi import application

if __name__ == "__main__":
    WSGIServer(("0.0.0.0", int(os.environ["PORT"])), application).serve_forever()  # tfl-eval: no-graceful-shutdown
