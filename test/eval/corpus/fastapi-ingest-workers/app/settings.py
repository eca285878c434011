from typing import Optional
from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="INGEST_")

    app_name: str = "ingest"
    db_host: str = "db.internal.example.com"
    db_user: str = "ingest"
    db_password: str = "JqSwn3KYIlj5v1_py4"  # tfl-eval: hardcoded-credential
    jwt_secret_key: SecretStr = SecretStr("60c01285c543187045b511fb83bb574512e897bf5db2ee8b94a7807b7e645daf")  # tfl-eval: hardcoded-credential
    redis_password: Optional[str] = None  # tfl-eval-not: hardcoded-credential
    sentry_dsn: str = ""  # tfl-eval-not: hardcoded-credential
    api_token: str = Field(default=..., description="token for the partner API")  # tfl-eval-not: hardcoded-credential
    password_min_length: int = 12  # tfl-eval-not: hardcoded-credential


settings = Settings()
