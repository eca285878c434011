import os

from journal import create_app

app = create_app(os.environ.get("JOURNAL_CONFIG", "journal.config.Production"))

app.run(host="0.0.0.0", port=int(os.environ["PORT"]), threaded=True)  # tfl-eval: runtime-build-step
