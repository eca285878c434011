import os

from litestar import Litestar, get
from litestar.middleware.session.client_side import CookieBackendConfig
from tortoise.contrib.litestar import register_tortoise

from app.db import TORTOISE_ORM

session_config = CookieBackendConfig(secret=os.urandom(16))  # tfl-eval: per-process-secret  (tfl-eval-not: hardcoded-credential)


@get("/health")
async def health() -> dict[str, str]:
    return {"status": "ok"}


app = Litestar(route_handlers=[health], middleware=[session_config.middleware])
register_tortoise(app, config=TORTOISE_ORM)
