from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    secret_key: str = "8fc21a0e93d74b6ab1c5e0f7d2a49b63" # tfl-eval-not: hardcoded-credential
    database_url: str = "postgresql://notes@localhost/notes"
