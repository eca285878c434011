from contextlib import asynccontextmanager

from fastapi import FastAPI
from sqlmodel import Session

from app.core.db import engine, init_db


@asynccontextmanager
async def lifespan(app: FastAPI):
    with Session(engine) as session:
        init_db(session)  # tfl-eval-not: startup-migration
    yield


app = FastAPI(title="Accounts", lifespan=lifespan)


@app.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}
