# Local overrides, imported by config/__init__.py only when MUSEUM_ENV=local.
DATABASE_URL = "postgresql://museum:museum-local@localhost:5432/museum"  # tfl-eval-not: hardcoded-credential, hardcoded-backing-service
REDIS_URL = "redis://127.0.0.1:6379/1"  # tfl-eval-not: hardcoded-backing-service
API_TOKEN = "local-api-token"  # tfl-eval-not: hardcoded-credential
