import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    database_url: str = os.environ["DATABASE_URL"]
    redis_url: str = os.environ.get("REDIS_URL", "")
    # Shown on the "join a circle" page; not a secret.
    invite_banner: str = os.environ.get("INVITE_BANNER", "Ask a member for the invite code")
    debug: bool = os.environ.get("BOOKCLUB_DEBUG", "0") == "1"


settings = Settings()
