import logging
from contextlib import asynccontextmanager

from alembic import command
from alembic.config import Config
from fastapi import FastAPI
from starlette.middleware.sessions import SessionMiddleware

from .api import stock
from .logs import configure_logging
from .settings import settings

logging.basicConfig(filename="warehouse.log", level=logging.INFO)  # tfl-eval: file-logger


@asynccontextmanager
async def lifespan(app: FastAPI):
    configure_logging()
    cfg = Config("alembic.ini")
    command.upgrade(cfg, "head")  # tfl-eval: startup-migration
    yield


app = FastAPI(lifespan=lifespan)
app.add_middleware(SessionMiddleware, secret_key=settings.session_secret)  # tfl-eval-not: memory-session-store, hardcoded-credential
app.include_router(stock.router, prefix="/stock")
