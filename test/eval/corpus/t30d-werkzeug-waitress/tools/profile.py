from notes import app
from perf.server import run_simple

run_simple(app, samples=200)  # tfl-eval-not: runtime-build-step
