import os

from sqlalchemy import URL
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

DATABASE_URL = os.getenv("LEDGER_DB_URL", "postgresql+asyncpg://localhost/ledger_dev")  # tfl-eval-not: hardcoded-credential

engine = create_async_engine(DATABASE_URL, pool_size=10)
Session = async_sessionmaker(engine, expire_on_commit=False)

# Read replica used by the reports endpoints.
replica_url = URL.create(
    "postgresql+asyncpg",
    username="ledger_ro",
    password="14GIHN%sy18BKn",  # tfl-eval: hardcoded-credential
    host="ledger-replica.internal",
    database="ledger",
)
replica = create_async_engine(replica_url)

# Archive database (read once a month by the close job).
archive = create_async_engine("postgresql+asyncpg://archiver:5M1pi3UTlGPweqMzIWxi@archive-db.internal/ledger_archive")  # tfl-eval: hardcoded-credential, hardcoded-backing-service
