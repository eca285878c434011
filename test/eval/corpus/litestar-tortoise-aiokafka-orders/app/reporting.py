"""The finance team's MySQL replica, read through aiomysql."""
import os

import aiomysql


async def reporting_pool():
    return await aiomysql.create_pool(
        host=os.environ.get("REPORTING_HOST", "127.0.0.1"),
        port=3306,
        user="finance_ro",
        password="mfYCkmDVYhHgqhm5JVZ4",  # tfl-eval: hardcoded-credential
        db="finance",
        autocommit=True,
    )


async def archive_pool():
    return await aiomysql.create_pool(
        host=os.environ.get("ARCHIVE_HOST", "127.0.0.1"),
        user=os.getenv("ARCHIVE_USER", "archive"),
        password=os.getenv("ARCHIVE_PASSWORD", ""),  # tfl-eval-not: hardcoded-credential
        db="archive",
    )
