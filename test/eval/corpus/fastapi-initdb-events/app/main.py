import logging

from fastapi import FastAPI

from app.api import events
from app.db.base import init_db
from app.db.session import engine

logger = logging.getLogger(__name__)

app = FastAPI(title="Events API")
app.include_router(events.router)


@app.on_event("startup")
def on_startup() -> None:
    logger.info("creating tables")
    init_db()  # tfl-eval: startup-migration


@app.on_event("shutdown")
def on_shutdown() -> None:
    engine.dispose()
