from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    database_url: str = "sqlite:///./events.db"
    page_size: int = 20


settings = Settings()
