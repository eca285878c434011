import os


class BaseSettings:
    API_TOKEN = os.environ.get("API_TOKEN")


class DevSettings(BaseSettings):
    API_TOKEN = "dev-api-token"  # tfl-eval-not: hardcoded-credential


class StagingSettings(BaseSettings):
    API_TOKEN = "S5yJwwXrhIx9TKwwBs-cT4Mu"  # tfl-eval: hardcoded-credential


def settings():
    return DevSettings if os.environ.get("APP_ENV") == "dev" else BaseSettings
