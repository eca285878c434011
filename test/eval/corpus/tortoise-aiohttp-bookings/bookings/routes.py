import aiohttp
from aiohttp import web

routes = web.RouteTableDef()
PAYSTACK_SECRET = "sk_live_5f0c1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f"  # tfl-eval: hardcoded-credential


@routes.post("/bookings/{id}/pay")
async def pay(request: web.Request) -> web.Response:
    async with aiohttp.ClientSession(headers={"Authorization": f"Bearer {PAYSTACK_SECRET}"}) as session:
        async with session.post("https://api.paystack.co/transaction/initialize", json={"amount": 5000}) as resp:
            return web.json_response(await resp.json())


@routes.post("/login")
async def login(request: web.Request) -> web.Response:
    data = await request.post()
    if data.get("password") == "":  # tfl-eval-not: hardcoded-credential
        raise web.HTTPBadRequest(text="Password required")
    return web.json_response({"ok": True})
