import os

from aiohttp import web

from .catalogue import Catalogue
from .handlers import Handlers


def build_app():
    catalogue = Catalogue()
    catalogue.load()
    h = Handlers(catalogue)
    app = web.Application()
    app.router.add_post("/login", h.login)
    app.router.add_post("/cart/{sku}", h.add_to_cart)
    app.router.add_get("/price/{sku}", h.price)
    app.router.add_get("/healthz", h.health)
    return app


if __name__ == "__main__":
    web.run_app(build_app(), port=int(os.environ.get("PORT", "8080")))
