import asyncio
import os

from alembic import context
from sqlalchemy.ext.asyncio import async_engine_from_config
from sqlalchemy import pool

from ledger.models import Base

config = context.config
if os.getenv("LEDGER_DB_URL"):
    config.set_main_option("sqlalchemy.url", os.environ["LEDGER_DB_URL"])  # tfl-eval-not: hardcoded-credential
else:
    config.set_main_option("sqlalchemy.url", "postgresql+asyncpg://ledger_owner:canjDv!z7pdyQH@ledger-db.internal:5432/ledger")  # tfl-eval: hardcoded-credential

target_metadata = Base.metadata


def do_run_migrations(connection):
    context.configure(connection=connection, target_metadata=target_metadata)
    with context.begin_transaction():
        context.run_migrations()


async def run_async_migrations():
    connectable = async_engine_from_config(config.get_section(config.config_ini_section, {}), prefix="sqlalchemy.", poolclass=pool.NullPool)
    async with connectable.connect() as connection:
        await connection.run_sync(do_run_migrations)
    await connectable.dispose()


asyncio.run(run_async_migrations())
