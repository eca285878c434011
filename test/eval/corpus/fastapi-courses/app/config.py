from functools import lru_cache

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Read from the environment (and a local .env in development)."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    environment: str = "development"
    database_url: str
    redis_url: str = "redis://localhost:6379/0"  # tfl-eval-not: hardcoded-backing-service
    secret_key: SecretStr
    jwt_algorithm: str = "HS256"
    access_token_expire_minutes: int = 30
    password_reset_template: str = "emails/reset_password.html"
    password_min_length: int = 12
    stripe_secret_key: SecretStr | None = None
    stripe_publishable_key: str | None = None
    upload_bucket: str = "courses-uploads-dev"
    search_url: str = "http://localhost:9200"  # tfl-eval-not: hardcoded-backing-service
    cors_origins: list[str] = ["http://localhost:5173"]


@lru_cache
def get_settings() -> Settings:
    return Settings()
