from functools import lru_cache
from typing import Optional

from pydantic import Field, PostgresDsn, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file='.env', env_prefix='LEDGER_')

    project_name: str = 'Ledger API'
    api_prefix: str = '/api/v1'
    database_url: PostgresDsn = 'postgresql+asyncpg://ledger:Tundra58kqz@db.internal:5432/ledger'  # tfl-eval: hardcoded-credential, hardcoded-backing-service
    jwt_secret_key: str = '41a4e23d11731b1c765da7c519cc9342503f376ce1decacfff35c14d85c4edd3'  # tfl-eval: hardcoded-credential
    jwt_algorithm: str = 'HS256'  # tfl-eval-not: hardcoded-credential
    access_token_expire_minutes: int = 30  # tfl-eval-not: hardcoded-credential
    refresh_token_cookie: str = 'ledger_refresh'  # tfl-eval-not: hardcoded-credential
    redis_password: Optional[str] = None  # tfl-eval-not: hardcoded-credential
    smtp_password: SecretStr  # tfl-eval-not: hardcoded-credential
    plaid_secret: str = Field(default='a64b0aee62f00864972e2a0ce6118e', description='Plaid API secret')  # tfl-eval: hardcoded-credential
    plaid_client_id: str = Field(default='b1e8010d1edd33ec11a93ac3')
    sentry_dsn: Optional[str] = None


@lru_cache
def get_settings() -> Settings:
    return Settings()
