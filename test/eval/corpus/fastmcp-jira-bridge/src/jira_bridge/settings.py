from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Read from JIRA_* variables (or a .env file next to the server)."""

    model_config = SettingsConfigDict(env_prefix="JIRA_", env_file=".env", extra="ignore")

    base_url: str = "https://acme.atlassian.net"
    email: str = "svc-jira@acme.io"
    api_token: SecretStr
    project_key: str = "OPS"
    token_header: str = "Authorization"
    password_field_label: str = "API token (not your password)"


settings = Settings()  # type: ignore[call-arg]
