import secrets
from typing import Optional

from pydantic import AnyHttpUrl, PostgresDsn, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_ignore_empty=True, extra="ignore")

    PROJECT_NAME: str = "Telemetry Ingest"
    API_V1_STR: str = "/api/v1"
    SECRET_KEY: str = "ada42d8dfa13723f9dde187b062088fa6b87c8d18921c3d66a2576aa665b1443"  # tfl-eval: hardcoded-credential
    SESSION_SECRET: str = secrets.token_urlsafe(32)  # tfl-eval-not: hardcoded-credential
    ACCESS_TOKEN_EXPIRE_MINUTES: int = 60 * 24 * 8  # tfl-eval-not: hardcoded-credential

    POSTGRES_SERVER: str = "timescale.internal"  # tfl-eval: hardcoded-backing-service
    POSTGRES_USER: str = "telemetry"
    POSTGRES_PASSWORD: str = "WV1d2HDFdt%kkuU"  # tfl-eval: hardcoded-credential
    POSTGRES_DB: str = "telemetry"

    INFLUX_TOKEN: SecretStr = SecretStr("tF3pSEPloWI8jtdIXsHSp7buCYnjf5HiGNbh0Xz29ZI=")  # tfl-eval: hardcoded-credential
    MQTT_PASSWORD: Optional[str] = None  # tfl-eval-not: hardcoded-credential
    SENTRY_DSN: Optional[AnyHttpUrl] = None
    FIRST_SUPERUSER: str = "admin@example.com"
    FIRST_SUPERUSER_PASSWORD: str = "changethis"  # tfl-eval-not: hardcoded-credential

    @property
    def SQLALCHEMY_DATABASE_URI(self) -> str:
        return f"postgresql+psycopg://{self.POSTGRES_USER}:{self.POSTGRES_PASSWORD}@{self.POSTGRES_SERVER}/{self.POSTGRES_DB}"  # tfl-eval-not: hardcoded-credential


settings = Settings()
