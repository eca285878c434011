import os

from fastapi import FastAPI
from starlette.middleware.sessions import SessionMiddleware
from tortoise.contrib.fastapi import register_tortoise

from helpdesk.logging_setup import configure_logging
from helpdesk.routers import tickets

configure_logging(os.environ.get("LOG_LEVEL", "INFO"))

app = FastAPI(title="Helpdesk")
# Signed cookie sessions: nothing kept server-side.
app.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"])  # tfl-eval-not: memory-session-store
app.include_router(tickets.router)

register_tortoise(  # tfl-eval: startup-migration
    app,
    db_url=os.environ["DATABASE_URL"],
    modules={"models": ["helpdesk.models"]},
    generate_schemas=True,
    add_exception_handlers=True,
)
