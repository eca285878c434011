"""Runtime configuration for the RAG bot.

Values come from the environment; the defaults below are what a laptop needs.
"""
import os
from functools import lru_cache

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="RAG_", extra="ignore")

    openai_api_key: SecretStr = SecretStr("sk-proj-S8vmOqU9gfkvPDimmRRJJsMshSvJsgGJZ5OLDxeQbiRz5QwyT3BlbkFJuUqvYAkMO6ml-ZPiy3k5aKAdBhxikpPtd7WfQ-2t")  # tfl-eval: hardcoded-credential
    openai_model: str = "gpt-4o-mini"  # tfl-eval-not: hardcoded-credential
    embedding_model: str = "text-embedding-3-small"
    pinecone_api_key: SecretStr = Field(default=SecretStr("pcsk_3T44Z_U6IGBlKHEDsiHu3v5e9Xfw7TrNaQkK0JQrkCTWnhmNNbZJMlRUaWraEMwMBb"))  # tfl-eval: hardcoded-credential
    pinecone_index: str = "support-docs"  # tfl-eval-not: hardcoded-credential
    langsmith_api_key: SecretStr | None = None  # tfl-eval-not: hardcoded-credential
    cohere_api_key: str = Field(default="", description="Leave empty to skip reranking")  # tfl-eval-not: hardcoded-credential
    admin_token: str = Field(default_factory=lambda: os.environ["RAG_ADMIN_TOKEN"])  # tfl-eval-not: hardcoded-credential
    chunk_size: int = 800
    chunk_overlap: int = 120


@lru_cache
def get_settings() -> Settings:
    return Settings()
