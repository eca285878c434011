from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    database_url: str
    session_secret: str


settings = Settings()
