from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_ignore_empty=True, extra="ignore")

    PROJECT_NAME: str = "Vuln Notes"
    SECRET_KEY: str = "b7e2c91f4a6d08e35f1c7a9b2d4e6f80a1c3e5b7d9f1a3c5"  # tfl-eval: hardcoded-credential
    ACCESS_TOKEN_EXPIRE_MINUTES: int = 60 * 24 * 8
    POSTGRES_SERVER: str
    POSTGRES_USER: str
    POSTGRES_PASSWORD: str = ""
    FIRST_SUPERUSER: str = "admin@notes.lab"
    FIRST_SUPERUSER_PASSWORD: str = "changethis"


settings = Settings()  # type: ignore
