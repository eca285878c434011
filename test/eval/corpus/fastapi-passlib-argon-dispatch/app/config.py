from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DISPATCH_")

    database_host: str = "localhost"
    database_password: SecretStr  # tfl-eval-not: hardcoded-credential
    admin_password: SecretStr | None = None
    jwt_secret: SecretStr  # tfl-eval-not: hardcoded-credential


settings = Settings()
