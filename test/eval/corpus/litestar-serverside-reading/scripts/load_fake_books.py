"""Fill a local database with fake books for the UI: `python scripts/load_fake_books.py`."""
import asyncio

import asyncpg

DEMO_DSN = "postgresql://reading:reading-demo@localhost:5432/reading"  # tfl-eval-not: hardcoded-credential, hardcoded-backing-service


async def main() -> None:
    conn = await asyncpg.connect(DEMO_DSN)
    await conn.executemany("INSERT INTO books (isbn, title) VALUES ($1, $2)", [("9780000000001", "Demo book")])
    await conn.close()


asyncio.run(main())
