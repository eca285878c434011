import base64
import logging

import aiohttp_jinja2
from aiohttp import web
from aiohttp_session import setup as setup_session
from aiohttp_session.cookie_storage import EncryptedCookieStorage
from cryptography import fernet

from .bot import build_bot
from .search import search_client

log = logging.getLogger("chatops")

COOKIE_KEY = base64.urlsafe_b64decode("PlBHCcJZeB1uGLpqGUqWD3dTvPO83eMjItw3zfaF5Pg=")  # tfl-eval: hardcoded-credential


async def health(request: web.Request) -> web.Response:
    return web.json_response({"ok": True})


def make_app() -> web.Application:
    app = web.Application()
    setup_session(app, EncryptedCookieStorage(COOKIE_KEY, cookie_name="CHATOPS"))
    app.router.add_get("/health", health)
    app["bot"] = build_bot()
    app["search"] = search_client()
    return app


def make_dev_app() -> web.Application:
    # Local runs get a throwaway key per process.
    app = web.Application()
    setup_session(app, EncryptedCookieStorage(base64.urlsafe_b64decode(fernet.Fernet.generate_key())))  # tfl-eval-not: hardcoded-credential
    return app
