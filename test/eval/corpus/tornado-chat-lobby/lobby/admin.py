import os

from aiohttp import web


async def stats(request):
    return web.json_response({"rooms": []})


def build_admin():
    admin = web.Application()
    admin.router.add_get("/stats", stats)
    return admin


if __name__ == "__main__":
    web.run_app(build_admin(), port=int(os.environ["ADMIN_PORT"]))  # tfl-eval-not: no-graceful-shutdown
