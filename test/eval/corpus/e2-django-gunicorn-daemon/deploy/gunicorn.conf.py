import multiprocessing
import os

bind = "unix:/run/shop/gunicorn.sock"
workers = multiprocessing.cpu_count() * 2 + 1
worker_class = "sync"
timeout = 60
pidfile = "/run/shop/gunicorn.pid"
daemon = True  # tfl-eval: daemonized-process
capture_output = True
loglevel = os.environ.get("LOG_LEVEL", "info")
