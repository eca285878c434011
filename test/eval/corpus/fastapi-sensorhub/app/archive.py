import asyncpg


async def archive_partition(day):
    conn = await asyncpg.connect(host="telemetry-archive.c1.eu-central-1.rds.amazonaws.com", database="archive")  # tfl-eval: hardcoded-backing-service
    try:
        await conn.execute(f"ALTER TABLE events DETACH PARTITION events_{day:%Y%m%d}")
    finally:
        await conn.close()
