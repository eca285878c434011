from contextlib import asynccontextmanager
from functools import lru_cache

from fastapi import FastAPI, Request

from receipts import logs, settings
from receipts.db import Base, engine


@asynccontextmanager
async def lifespan(app: FastAPI):
    logs.configure()
    if settings.DEBUG:
        # Local convenience only; deployed schemas come from Alembic.
        async with engine.begin() as conn:
            await conn.run_sync(Base.metadata.create_all)  # tfl-eval-not: startup-migration
    yield
    await engine.dispose()


app = FastAPI(lifespan=lifespan)

# Merchant category names: read-only.
CATEGORIES = {"5411": "Groceries", "5812": "Restaurants"}

# Receipts a user has scanned in this process, per user: the per-process limiter of OCR calls.
ocr_calls_per_user = {}  # tfl-eval-not: memory-session-store


@lru_cache(maxsize=256)
def category_name(code: str) -> str:
    return CATEGORIES.get(code, "Other")


@app.post("/receipts")
async def upload(request: Request):
    user_id = request.headers["x-user-id"]
    ocr_calls_per_user[user_id] = ocr_calls_per_user.get(user_id, 0) + 1
    return {"category": category_name("5411")}
