from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="PAYMENTS_")

    rabbit_url: str = "amqp://guest:guest@localhost:5672/"  # tfl-eval-not: hardcoded-credential
    database_url: str = "postgresql+asyncpg://payments:payments@localhost:5432/payments"  # tfl-eval-not: hardcoded-credential
    stripe_webhook_secret: SecretStr = SecretStr("whsec_qYw2fx47ixxfqQX3PBYEL6rEXz30tP1N")  # tfl-eval: hardcoded-credential
    ledger_signing_key: SecretStr = SecretStr("j0meNDJEB0qPu7aqP6Vs")  # tfl-eval: hardcoded-credential
    ledger_api_token: SecretStr  # tfl-eval-not: hardcoded-credential
    payout_queue: str = "payouts.pending"


settings = Settings()
