import os
from contextlib import asynccontextmanager

from alembic import command
from alembic.config import Config
from litestar import Litestar
from litestar.logging import LoggingConfig
from litestar.middleware.session.server_side import ServerSideSessionConfig

from app.routes.shelves import ShelfController


def run_migrations() -> None:
    cfg = Config(os.path.join(os.path.dirname(__file__), "..", "alembic.ini"))
    command.upgrade(cfg, "head")  # tfl-eval: startup-migration


@asynccontextmanager
async def lifespan(app: Litestar):
    run_migrations()
    yield


logging_config = LoggingConfig(
    root={"level": "INFO", "handlers": ["console", "file"]},
    handlers={
        "console": {"class": "logging.StreamHandler", "formatter": "standard"},
        "file": {"class": "logging.FileHandler", "filename": "logs/reading.log", "formatter": "standard"},  # tfl-eval: file-logger
    },
    formatters={"standard": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
)

# Server-side sessions with no store given: Litestar keeps them in its default in-process MemoryStore.
session_config = ServerSideSessionConfig(max_age=7 * 24 * 3600, secure=True)  # tfl-eval: memory-session-store

app = Litestar(
    route_handlers=[ShelfController],
    middleware=[session_config.middleware],
    logging_config=logging_config,
    lifespan=[lifespan],
)
