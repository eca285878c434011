from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LEADERBOARD_", env_file=".env")

    mongo_url: str = "mongodb://localhost:27017"  # tfl-eval-not: hardcoded-credential
    redis_password: SecretStr = SecretStr("")  # tfl-eval-not: hardcoded-credential
    jwt_secret: SecretStr = SecretStr("fx1IaE6Hn3Up86e_J_fTOyzx7WKvcodOE_sAP55y6Co")  # tfl-eval: hardcoded-credential
    season_length_days: int = 28


settings = Settings()
