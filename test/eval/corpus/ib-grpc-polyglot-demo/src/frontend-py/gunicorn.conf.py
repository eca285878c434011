import multiprocessing
import os

bind = ['[::]:8000', 'localhost:8000']  # tfl-eval: hardcoded-port
workers = int(os.getenv('WEB_CONCURRENCY', multiprocessing.cpu_count() * 2 + 1))
worker_class = 'gthread'
accesslog = '-'
errorlog = '-'
timeout = int(os.getenv('GUNICORN_TIMEOUT', '60'))
