import os

from waitress import serve

from kiosk import create_app

serve(create_app(), host="0.0.0.0", port=int(os.environ.get("PORT", "8080")), threads=8)  # tfl-eval: no-graceful-shutdown
