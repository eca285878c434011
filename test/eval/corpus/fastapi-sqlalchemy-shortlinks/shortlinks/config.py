import os

DATABASE_HOST = os.environ.get("DATABASE_HOST", "shortlinks-db.prod.eu-central-1.internal")  # tfl-eval: hardcoded-backing-service
DATABASE_URL = f"postgresql+psycopg://{os.environ.get('DB_USER', 'shortlinks')}:{os.environ.get('DB_PASSWORD', '')}@{DATABASE_HOST}/shortlinks"
CACHE_URL = os.environ.get("CACHE_URL", "redis://localhost:6379/0")  # tfl-eval-not: hardcoded-backing-service
LOG_FILE = os.environ.get("LOG_FILE", "logs/shortlinks.log")
AUDIT_LOG = os.environ["AUDIT_LOG_PATH"] if "AUDIT_LOG_PATH" in os.environ else None
