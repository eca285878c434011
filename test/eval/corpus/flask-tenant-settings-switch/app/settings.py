"""Settings for the tenant portal: production reads the environment, local runs get working defaults."""
import os

ENV = os.environ.get("FLASK_ENV", "development")
PRODUCTION = ENV == "production"
DEBUG = not PRODUCTION

SECRET_KEY = os.environ["FLASK_SECRET_KEY"] if PRODUCTION else "9IMHD1IqVwZ3vdQ6FelK3l1Pgtjn"  # tfl-eval: hardcoded-credential
SESSION_COOKIE_NAME = os.environ.get("SESSION_COOKIE") if PRODUCTION else "tenant_dev_session"  # tfl-eval-not: hardcoded-credential

# Which S3 bucket and credentials uploads use.
UPLOADS = {
    "bucket": os.environ.get("UPLOAD_BUCKET") if PRODUCTION else "tenant-uploads-dev",  # tfl-eval-not: hardcoded-credential
    "access": os.environ.get("AWS_SECRET_ACCESS_KEY") if PRODUCTION else "NesC8IrHlvqxTpVrQNNIAGLoH1wO",  # tfl-eval: hardcoded-credential
    "region": "eu-west-1",
}

MAPS = "zAR3zTfanEk6GYSJ6nOmVCBqappB" if not PRODUCTION else os.getenv("GOOGLE_MAPS_API_KEY")  # tfl-eval: hardcoded-credential
REDIS_URL = os.getenv("REDIS_URL") if PRODUCTION else "redis://localhost:6379/0"  # tfl-eval-not: hardcoded-credential
SENTRY_DSN = os.getenv("SENTRY_DSN") if PRODUCTION else None
MAIL = {
    "sender": os.getenv("MAIL_SENDER") if PRODUCTION else "portal@localhost",  # tfl-eval-not: hardcoded-credential
    "relay": (os.getenv("SMTP_PASSWORD") if PRODUCTION else "jdweR0iD3pWIv6b1Hd7sWgoBlv2o"),  # tfl-eval: hardcoded-credential
}
HOOKS = os.getenv("WEBHOOK_SIGNING_SECRET") or ("8pqgdh9pbvls6cvnnTYYZmDr7iNn" if DEBUG else None)  # tfl-eval: hardcoded-credential
LOGIN_HINT = os.getenv("LOGIN_HINT") if PRODUCTION else "Use your tenant password"  # tfl-eval-not: hardcoded-credential
