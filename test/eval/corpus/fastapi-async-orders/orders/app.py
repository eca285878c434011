from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from . import database
from .models import Order


@asynccontextmanager
async def lifespan(app: FastAPI):
    await database.init_models()  # tfl-eval: startup-migration
    yield
    await database.engine.dispose()


app = FastAPI(lifespan=lifespan)


@app.get("/orders")
async def list_orders(session: AsyncSession = Depends(database.get_session)):
    result = await session.execute(select(Order).limit(50))
    return result.scalars().all()
