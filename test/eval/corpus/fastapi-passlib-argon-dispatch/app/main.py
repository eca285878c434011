from contextlib import asynccontextmanager

from fastapi import FastAPI

from .bootstrap import ensure_accounts
from .db import create_pool


@asynccontextmanager
async def lifespan(app: FastAPI):
    app.state.pool = await create_pool()
    await ensure_accounts(app.state.pool)
    yield
    await app.state.pool.close()


app = FastAPI(title="Dispatch", lifespan=lifespan)


@app.get("/healthz")
async def healthz():
    return {"ok": True}
