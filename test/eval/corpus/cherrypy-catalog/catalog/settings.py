import os

from dotenv import load_dotenv

load_dotenv()

ENVIRONMENT = os.getenv("CATALOG_ENV", "development")
PORT = int(os.getenv("PORT", "8080"))
DATABASE_URL = os.getenv("DATABASE_URL", "sqlite:///catalog-dev.db")
REDIS_URL = os.getenv("REDIS_URL", "redis://localhost:6379/0")
JWT_SECRET = os.environ["JWT_SECRET"]
JWT_ALGORITHM = "HS256"
TOKEN_COOKIE = "catalog_token"
PASSWORD_RESET_SALT = "password-reset"
SEARCH_API_KEY_HEADER = "X-Search-Key"

DATABASES = {
    "development": {"url": "sqlite:///catalog-dev.db"},  # tfl-eval: dev-prod-divergence
    "production": {"url": "postgresql://catalog@db.catalog.internal/catalog"},  # tfl-eval: hardcoded-backing-service
}
