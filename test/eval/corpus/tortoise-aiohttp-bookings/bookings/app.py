import base64

from aiohttp import web
from aiohttp_session import setup as setup_session
from aiohttp_session.cookie_storage import EncryptedCookieStorage
from tortoise.contrib.aiohttp import register_tortoise

from bookings import settings
from bookings.routes import routes


def create_app() -> web.Application:
    app = web.Application()
    secret = base64.urlsafe_b64decode(settings.FERNET_KEY)
    setup_session(app, EncryptedCookieStorage(secret, cookie_name="bk_session"))
    app.add_routes(routes)
    register_tortoise(app, config=settings.TORTOISE_ORM, generate_schemas=False)
    return app
