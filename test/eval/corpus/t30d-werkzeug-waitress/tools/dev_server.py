from werkzeug.serving import run_simple

from notes import app

run_simple("localhost", 5000, app)  # tfl-eval-not: runtime-build-step
