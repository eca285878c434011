import os
from functools import lru_cache

from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    app_name: str = "Notes"
    database_url: str = "postgresql+asyncpg://notes:Orch1d!189wm@db.internal:5432/notes"  # tfl-eval: hardcoded-credential, hardcoded-backing-service
    redis_url: str = os.getenv("REDIS_URL", "redis://localhost:6379/0")
    jwt_algorithm: str = "HS256"
    jwt_secret: str = "bf140eeb4395432961876b939bffe8bed7c9250683867db6"  # tfl-eval: hardcoded-credential
    access_token_expire_minutes: int = 30
    password_min_length: int = 10
    sendgrid_api_key: str = os.environ.get("SENDGRID_API_KEY", "")
    openai_api_key: str = "sk-proj-o1qhPJ8YPwRuVeolzfuR38yBp9HS33v1sSeK4p4yvSHtWAnIT3BlbkFJ91M9avcPJHBSNYBGXQCpkftpRCQ54eyFoFOY5yUP545yBqUP"  # tfl-eval: hardcoded-credential
    token_url: str = "/auth/token"


@lru_cache
def get_settings() -> Settings:
    return Settings()
