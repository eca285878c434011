from pydantic_settings import BaseSettings, SettingsConfigDict


class AppSettings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    PRODUCTION: bool = False
    BASE_URL: str = "http://localhost:8080"

    POSTGRES_USER: str = "kitchen"
    POSTGRES_PASSWORD: str = "kitchen"  # tfl-eval-not: hardcoded-credential
    POSTGRES_SERVER: str = "postgres"
    POSTGRES_PORT: int = 5432
    POSTGRES_DB: str = "kitchen"

    SMTP_USER: str | None = None
    SMTP_PASSWORD: str | None = None

    TOKEN_SECRET: str = "4deii7G7pjONiSVXIiYhfVX9082SFy8I"  # tfl-eval: hardcoded-credential


settings = AppSettings()
