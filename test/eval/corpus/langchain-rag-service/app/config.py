from functools import lru_cache

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Read from the environment first; the defaults below are what ran on the staging box."""

    model_config = SettingsConfigDict(env_file=".env", env_prefix="RAG_")

    app_name: str = "Knowledge Search"
    openai_api_key: SecretStr = SecretStr("sk-proj-YUGm2ec7GDaKKHAMBoMVyoFqw86Hk6ZuS1J66HkGNYqL1xoQ")  # tfl-eval: hardcoded-credential
    anthropic_api_key: SecretStr = "sk-ant-api03-LNyo9euFwKqhF6ijVXnN08kojDUtHnvuinaMbEuZUQOi1GCwLQ2NxeuMtx2jJT8fnG5OypBABxQIeBtZwyD6GQ6rPrYPYAA"  # tfl-eval: hardcoded-credential
    cohere_api_key: str = Field(default="1rFotZFouuYj8FpQtRswlgS7d2XPr14T9ImYYiu9")  # tfl-eval: hardcoded-credential
    pinecone_api_key: str = Field("f756e878-0f47-4109-9a7b-33113ede580f", description="Pinecone project key")  # tfl-eval: hardcoded-credential
    pinecone_index: str = "kb-chunks-v3"  # tfl-eval-not: hardcoded-credential
    embedding_model: str = "text-embedding-3-small"
    admin_token: SecretStr | None = None  # tfl-eval-not: hardcoded-credential
    token_budget: int = 6000  # tfl-eval-not: hardcoded-credential


@lru_cache
def get_settings() -> Settings:
    return Settings()
