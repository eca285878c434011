from typing import Optional

from pydantic import EmailStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    app_title: str = 'Charity fund'
    description: str = 'Collects donations'
    database_url: str = 'sqlite+aiosqlite:///./fund.db'
    secret: str = 'SECRET' # tfl-eval: hardcoded-credential
    jwt_secret: str = 'qL7vX2nR9kT4wZ8m' # tfl-eval: hardcoded-credential
    first_superuser_email: Optional[EmailStr] = None
    first_superuser_password: Optional[str] = None # tfl-eval-not: hardcoded-credential
    token_secret: str # tfl-eval-not: hardcoded-credential
    secret_header_name: str = 'X-Secret' # tfl-eval-not: hardcoded-credential

    model_config = SettingsConfigDict(env_file='.env')


settings = Settings()
