import os

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    project_name: str = "Ledger API"
    database_url: str = "postgresql+asyncpg://ledger@pgsql:5432/ledger"  # tfl-eval-not: hardcoded-backing-service
    redis_url: str = "redis://queue-redis:6379/1"  # tfl-eval-not: hardcoded-backing-service
    audit_db_url: str = "postgresql+asyncpg://ledger@audit.db.ledger-cloud.net:5432/audit"  # tfl-eval: hardcoded-backing-service
    token_ttl_minutes: int = 60


JWT_SECRET = os.getenv("JWT_SECRET", "ledger_jwt_secret")  # tfl-eval: hardcoded-credential
SESSION_COOKIE = os.getenv("SESSION_COOKIE_NAME", "ledger_session")
TEST_SIGNING_SECRET = os.getenv("JWT_SECRET", "local-dev-only-jwt-secret")  # tfl-eval-not: hardcoded-credential

settings = Settings()
