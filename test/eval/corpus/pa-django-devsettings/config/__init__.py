import importlib
import os

_env = os.environ.get("MUSEUM_ENV", "production")
if _env == "local":
    from .local import *  # noqa
else:
    DATABASE_URL = os.environ["DATABASE_URL"]
    REDIS_URL = os.environ["REDIS_URL"]
    API_TOKEN = os.environ["API_TOKEN"]
