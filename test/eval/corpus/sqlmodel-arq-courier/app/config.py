from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env")

    database_url: str = "postgresql+asyncpg://courier:courier@localhost:5432/courier"  # tfl-eval-not: hardcoded-credential,hardcoded-backing-service
    redis_dsn: str = "redis://localhost:6379/0"  # tfl-eval-not: hardcoded-backing-service
    jwt_secret: str  # tfl-eval-not: hardcoded-credential
    jwt_algorithm: str = "HS256"
    access_token_expire_minutes: int = 30  # tfl-eval-not: hardcoded-credential
    maps_api_base: str = "https://maps.routing.example.com/v1"


settings = Settings()
