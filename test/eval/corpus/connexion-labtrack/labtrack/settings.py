"""Settings come from the environment (pydantic-settings); defaults are for a laptop."""
from functools import lru_cache

from pydantic import PostgresDsn, RedisDsn, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LABTRACK_", env_file=".env", extra="ignore")

    environment: str = "development"
    database_url: PostgresDsn = "postgresql+psycopg://labtrack@localhost:5432/labtrack"  # tfl-eval-not: hardcoded-backing-service,hardcoded-credential
    broker_url: RedisDsn = "redis://localhost:6379/0"  # tfl-eval-not: hardcoded-backing-service
    jwt_secret: SecretStr = SecretStr("")  # tfl-eval-not: hardcoded-credential
    jwt_algorithm: str = "HS256"
    jwt_audience: str = "labtrack-api"
    s3_bucket: str = "labtrack-dev-attachments"
    password_min_length: int = 12  # tfl-eval-not: hardcoded-credential
    token_ttl_seconds: int = 3600  # tfl-eval-not: hardcoded-credential
    port: int = 8080
    log_level: str = "INFO"


@lru_cache
def get_settings() -> Settings:
    return Settings()
