import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    database_url: str = os.environ.get("DATABASE_URL", "postgresql+asyncpg://localhost/warehouse")  # tfl-eval-not: hardcoded-backing-service
    session_secret: str = os.environ["SESSION_SECRET"]  # tfl-eval-not: hardcoded-credential


settings = Settings()
