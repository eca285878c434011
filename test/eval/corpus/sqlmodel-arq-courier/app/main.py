from contextlib import asynccontextmanager

from arq import create_pool
from arq.connections import RedisSettings
from fastapi import FastAPI

from app.config import settings
from app.db import engine
from app.routers import auth, deliveries


@asynccontextmanager
async def lifespan(app: FastAPI):
    app.state.arq = await create_pool(RedisSettings.from_dsn(settings.redis_dsn))
    yield
    await app.state.arq.close()
    await engine.dispose()


app = FastAPI(title="Courier", lifespan=lifespan)
app.include_router(auth.router)
app.include_router(deliveries.router)
