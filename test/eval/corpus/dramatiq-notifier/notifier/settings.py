import os

REDIS_URL = os.environ.get("REDIS_URL", "redis://localhost:6379/0")
SMTP_HOST = "smtp.sendgrid.net" # tfl-eval: hardcoded-backing-service
SMTP_PORT = 587
SMTP_USER = "apikey"  # tfl-eval-not: hardcoded-credential
SMTP_PASSWORD = os.getenv("SMTP_PASSWORD", "")  # tfl-eval-not: hardcoded-credential
SENTRY_DSN = "https://72b7305b0a0197d622d7ed7c1f728b09@o418233.ingest.sentry.io/5310078"  # tfl-eval-not: hardcoded-credential

ONESIGNAL_APP_ID = "3b0c440b-1c94-187e-46a8-4a7ad7588072"  # tfl-eval-not: hardcoded-credential
ONESIGNAL_REST_API_KEY = "yhtY0Tk2qWQcalagOZm9Tn9oKsGSuPalcHAPh9ZrfBqjiGgF"  # tfl-eval: hardcoded-credential

QUIET_HOURS = (22, 7)
