from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    # Read from DATABASE_URL; the default is the developer's own database.
    database_url: str = "postgresql+asyncpg://clinic@localhost/clinic"  # tfl-eval-not: hardcoded-backing-service
    # Reminders are queued on the clinic's shared Redis.
    redis_url: str = "redis://reminders.clinic.internal:6379/2"  # tfl-eval: hardcoded-backing-service
    reminder_sender: str = "noreply@northside-clinic.org"
    booking_window_days: int = 28


settings = Settings()
