import asyncio
import os

from alembic import context
from sqlalchemy.ext.asyncio import create_async_engine  # tfl-eval: undeclared-dependency

from bookclub.models import Base

target_metadata = Base.metadata


def do_run_migrations(connection):
    context.configure(connection=connection, target_metadata=target_metadata)
    with context.begin_transaction():
        context.run_migrations()


async def run_migrations_online():
    engine = create_async_engine(os.environ["DATABASE_URL"])
    async with engine.connect() as connection:
        await connection.run_sync(do_run_migrations)


asyncio.run(run_migrations_online())
