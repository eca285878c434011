import os

from werkzeug.serving import run_simple

from wiki import application

if __name__ == "__main__":
    run_simple("0.0.0.0", int(os.environ["PORT"]), application)  # tfl-eval: runtime-build-step
