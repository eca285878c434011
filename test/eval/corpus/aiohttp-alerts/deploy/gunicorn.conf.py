import multiprocessing

bind = "0.0.0.0:8080"  # tfl-eval: hardcoded-port
workers = multiprocessing.cpu_count() * 2 + 1
worker_class = "aiohttp.GunicornWebWorker"
accesslog = "-"
errorlog = "-"
