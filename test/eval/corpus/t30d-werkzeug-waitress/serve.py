import os

from waitress import serve
from werkzeug.serving import run_simple

from notes import app

port = int(os.environ["PORT"])
if os.environ.get("SERVER") == "werkzeug":
    run_simple("0.0.0.0", port, app)  # tfl-eval-not: runtime-build-step
else:
    serve(app, host="0.0.0.0", port=port)  # tfl-eval: no-graceful-shutdown
