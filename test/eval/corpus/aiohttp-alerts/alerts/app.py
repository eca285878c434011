import logging
import os
from logging.handlers import TimedRotatingFileHandler

import aiopg
from aiohttp import web
from aiohttp_session import setup as setup_session
from aiohttp_session import SimpleCookieStorage
import yaml  # tfl-eval: undeclared-dependency

logger = logging.getLogger("alerts")
logger.addHandler(TimedRotatingFileHandler("/var/log/alerts/alerts.log", when="midnight"))  # tfl-eval: file-logger

DSN = "dbname=alerts user=alerts host=pg-alerts.service.consul"  # tfl-eval: hardcoded-backing-service


async def on_startup(app):
    app["db"] = await aiopg.create_pool(DSN)
    with open(os.environ.get("RULES_FILE", "rules.yaml")) as handle:
        app["rules"] = yaml.safe_load(handle)


async def list_alerts(request):
    async with request.app["db"].acquire() as conn:
        async with conn.cursor() as cur:
            await cur.execute("SELECT id, title FROM alerts ORDER BY id DESC LIMIT 50")
            rows = await cur.fetchall()
    return web.json_response([{"id": r[0], "title": r[1]} for r in rows])


def make_app():
    app = web.Application()
    setup_session(app, SimpleCookieStorage())  # tfl-eval-not: memory-session-store
    app.on_startup.append(on_startup)
    app.router.add_get("/alerts", list_alerts)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=int(os.environ.get("PORT", "8080")))  # tfl-eval-not: hardcoded-port
