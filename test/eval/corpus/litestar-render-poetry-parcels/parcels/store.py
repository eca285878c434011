import os

import psycopg


async def fetch_parcel(code: str) -> dict:
    async with await psycopg.AsyncConnection.connect(os.environ["DATABASE_URL"]) as conn:
        cur = await conn.execute("select code, status from parcels where code = %s", (code,))
        row = await cur.fetchone()
    return {"code": row[0], "status": row[1]} if row else {}
