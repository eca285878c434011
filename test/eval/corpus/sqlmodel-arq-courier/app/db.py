from sqlalchemy.ext.asyncio import create_async_engine  # tfl-eval: undeclared-dependency
from sqlmodel.ext.asyncio.session import AsyncSession

from app.config import settings

engine = create_async_engine(settings.database_url, pool_pre_ping=True)


async def get_session():
    async with AsyncSession(engine) as session:
        yield session
