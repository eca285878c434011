import os

bind = f"[::]:{os.getenv('ARCHIVE_PORT', 8000)}"
workers = int(os.getenv("ARCHIVE_WEBSERVER_WORKERS", 1))
worker_class = "uvicorn.workers.UvicornWorker"
timeout = 120
