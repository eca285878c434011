import multiprocessing
import os

bind = f"0.0.0.0:{os.environ.get('PORT', '8000')}"
workers = multiprocessing.cpu_count() * 2 + 1
accesslog = "-"  # tfl-eval-not: file-logger
errorlog = "/var/log/loyalty/gunicorn-error.log"  # tfl-eval: file-logger
loglevel = "info"
