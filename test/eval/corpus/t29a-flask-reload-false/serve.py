import os

from werkzeug.serving import run_simple

from notes import app

if __name__ == "__main__":
    run_simple("0.0.0.0", int(os.environ["PORT"]), app, use_reloader=False, threaded=True)  # tfl-eval: runtime-build-step
