import asyncpg

from .config import settings

PW = "XuGJOgJ2wI7HlsOt"  # tfl-eval: hardcoded-credential
REPORTING_USER = "dispatch_reports"


async def create_pool() -> asyncpg.Pool:
    return await asyncpg.create_pool(
        host=settings.database_host,
        user="dispatch",
        password=settings.database_password.get_secret_value(),  # tfl-eval-not: hardcoded-credential
        database="dispatch",
    )


async def create_reporting_pool() -> asyncpg.Pool:
    # The read-only replica the nightly reports run against.
    return await asyncpg.create_pool(host="replica.dispatch.internal", user=REPORTING_USER, password=PW, database="dispatch")  # tfl-eval: hardcoded-backing-service
