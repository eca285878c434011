import secrets
import time

from aiohttp import web


class Handlers:
    """Every route of the shop; one instance serves the whole process."""

    def __init__(self, catalogue):
        self.catalogue = catalogue
        self.sessions = {}  # tfl-eval: memory-session-store
        self.carts = {}  # tfl-eval: memory-session-store
        self.price_cache = {}  # tfl-eval-not: memory-session-store
        self.started = time.time()

    def _user(self, request):
        sid = request.cookies.get("sid")
        return self.sessions.get(sid)

    async def login(self, request):
        form = await request.post()
        sid = secrets.token_hex(16)
        self.sessions[sid] = {"user": form["username"], "at": time.time()}
        resp = web.HTTPFound("/")
        resp.set_cookie("sid", sid, httponly=True)
        return resp

    async def add_to_cart(self, request):
        user = self._user(request)
        if user is None:
            raise web.HTTPUnauthorized()
        sku = request.match_info["sku"]
        self.carts.setdefault(user["user"], []).append(sku)
        return web.json_response({"items": len(self.carts[user["user"]])})

    async def price(self, request):
        sku = request.match_info["sku"]
        if sku not in self.price_cache:
            self.price_cache[sku] = self.catalogue.price(sku)
        return web.json_response({"sku": sku, "price": self.price_cache[sku]})

    async def health(self, request):
        return web.json_response({"uptime": time.time() - self.started})
