import multiprocessing

bind = "0.0.0.0:8000"  # tfl-eval: hardcoded-port
workers = multiprocessing.cpu_count() * 2 + 1
worker_class = "uvicorn.workers.UvicornWorker"
accesslog = "-"
errorlog = "-"
raw_env = [
    "DJANGO_SETTINGS_MODULE=shop.settings.production",
    "DJANGO_SECRET_KEY=django-insecure-kq1eg7m$30#^m9xw+r-j^#=-oi1-pdahizrt8ey=v!*t6##b-5",  # tfl-eval: hardcoded-credential
    "SENTRY_ENVIRONMENT=production",
]
