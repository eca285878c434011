from functools import lru_cache

from pydantic import Field, PostgresDsn, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict
from azure.iot.hub import IoTHubRegistryManager
from twilio.rest import Client as TwilioClient


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="HUB_")

    database_url: PostgresDsn = "postgresql+asyncpg://hub:os06Gci3grzO6yaadP9N@hub-db.internal:5432/hub"  # tfl-eval: hardcoded-credential, hardcoded-backing-service
    jwt_secret: SecretStr = SecretStr("e9da192eb9c7e4beccdb303101569c437e020e5f8ffe424e")  # tfl-eval: hardcoded-credential
    jwt_algorithm: str = "HS256"
    twilio_account_sid: str = "AC866ea97dcd1901755bdf28625dda80ed"  # tfl-eval-not: hardcoded-credential
    twilio_auth_token: str = Field(default="6e0e0fffb245b1aa8ab8d6743f64624e")  # tfl-eval: hardcoded-credential
    admin_password_min_length: int = 12  # tfl-eval-not: hardcoded-credential


@lru_cache
def get_settings() -> Settings:
    return Settings()


registry = IoTHubRegistryManager.from_connection_string(
    "HostName=greenhub.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=y6YN8EjGTgOS5llsHifprMrREWwu0Vk6cs4LVhLYEio="  # tfl-eval: hardcoded-credential
)
sms = TwilioClient(get_settings().twilio_account_sid, get_settings().twilio_auth_token)  # tfl-eval-not: hardcoded-credential
