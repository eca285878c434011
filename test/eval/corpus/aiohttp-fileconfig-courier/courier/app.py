import base64
import logging.config
import os

from aiohttp import web
from aiohttp_session import get_session, setup
from aiohttp_session.cookie_storage import EncryptedCookieStorage

logging.config.fileConfig(os.path.join(os.path.dirname(__file__), "..", "logging.ini"))
log = logging.getLogger("courier")

ZONES = {"n": "North depot", "s": "South depot"}  # tfl-eval-not: memory-session-store
routes = web.RouteTableDef()


@routes.get("/parcels/{code}")
async def parcel(request: web.Request) -> web.Response:
    session = await get_session(request)
    session["last_code"] = request.match_info["code"]
    log.info("lookup %s", request.match_info["code"])
    return web.json_response({"zone": ZONES.get(request.match_info["code"][:1], "Unknown")})


def create_app() -> web.Application:
    app = web.Application()
    setup(app, EncryptedCookieStorage(base64.urlsafe_b64decode(os.environ["SESSION_KEY"])))  # tfl-eval-not: memory-session-store
    app.add_routes(routes)
    return app


if __name__ == "__main__":
    web.run_app(create_app(), port=int(os.environ.get("PORT", "8080")))
