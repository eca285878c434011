# The container's config: logs go to the process streams.
import os

bind = f"0.0.0.0:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))
accesslog = "-"  # tfl-eval-not: file-logger
errorlog = "-"  # tfl-eval-not: file-logger
worker_tmp_dir = "/dev/shm"  # tfl-eval-not: file-logger
