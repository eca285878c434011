import multiprocessing
import os

bind = "0.0.0.0:" + os.environ.get("PORT", "8000")
workers = multiprocessing.cpu_count() * 2 + 1
accesslog = "-"
raw_env = [
    "DJANGO_SETTINGS_MODULE=config.settings.production",
    "DJANGO_SECRET_KEY=ef99ccb9deb3f3df49cac306ac0e7cb801ec226dfd56e380",  # tfl-eval: hardcoded-credential
    "SENTRY_ENVIRONMENT=production",
]
