import os

from waitress import serve

from kiosk import app

port = int(os.environ.get("PORT", "8080"))
if os.environ.get("KIOSK_SIMPLE_SERVER") == "1":
    # Diagnóstico: servidor simple de Flask, un solo hilo.
    app.run(host="0.0.0.0", port=port)  # tfl-eval-not: runtime-build-step
else:
    serve(app, host="0.0.0.0", port=port, threads=8)  # tfl-eval: no-graceful-shutdown
