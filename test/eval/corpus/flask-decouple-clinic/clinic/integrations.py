"""Partner integrations: environs for typed reads, everett for the lab's legacy client."""
from environs import Env
from everett.manager import ConfigManager

env = Env()
env.read_env()

REDIS_URL = env.str("REDIS_URL", "redis://localhost:6379/0")
REDIS_PASSWORD = env.str("REDIS_PASSWORD", "nubUGPdrre2aGwV9vyRd")  # tfl-eval: hardcoded-credential
JWT_SECRET = env.str("JWT_SECRET", default="4f0d85178c92f521501a91a01a5a67c564318ad994ea3acf56af3c8a3c7d394c")  # tfl-eval: hardcoded-credential
PARTNER_API_TOKEN = env("PARTNER_API_TOKEN", default="changeme")  # tfl-eval-not: hardcoded-credential
SESSION_TTL = env.int("SESSION_TTL", 3600)

with env.prefixed("LAB_"):
    LAB_BASE_URL = env.url("BASE_URL", "https://lab.partner.example/api")
    LAB_CLIENT_SECRET = env.str("CLIENT_SECRET", "yP4SyxVf9X5LV7ztu5HmQqU8F1LN7KFr")  # tfl-eval: hardcoded-credential

_legacy = ConfigManager.basic_config()
LEGACY_LAB_KEY = _legacy("legacy_lab_api_key", default="a78530c07f0874b6fe57146ed6147fe6221386ac")  # tfl-eval: hardcoded-credential
LEGACY_LAB_USER = _legacy("legacy_lab_user", default="clinic-sync")
