import psycopg
import redis.asyncio as redis
from motor.motor_asyncio import AsyncIOMotorClient

scores = AsyncIOMotorClient("mongodb://scores:2vv6ksXoaBbNvEST@mongo-0.scores.svc:27017/?authSource=admin&replicaSet=rs0")  # tfl-eval: hardcoded-credential, hardcoded-backing-service
ranks = redis.Redis(host="redis-master.scores.svc", port=6379, password="TIXI4DAUH7AC6Yvf", decode_responses=True)  # tfl-eval: hardcoded-credential, hardcoded-backing-service

ARCHIVE_DSN = "host=pg-archive.scores.svc dbname=seasons user=archiver password=KAP9CDr3ei6j0lYk sslmode=require"  # tfl-eval: hardcoded-credential, hardcoded-backing-service


async def archive_season(season: int, rows: list[tuple[str, int]]) -> None:
    async with await psycopg.AsyncConnection.connect(ARCHIVE_DSN) as conn:
        async with conn.cursor() as cur:
            await cur.executemany("INSERT INTO ranks (season, player, score) VALUES (%s, %s, %s)", [(season, p, s) for p, s in rows])


async def replica() -> psycopg.AsyncConnection:
    return await psycopg.AsyncConnection.connect(host="pg-replica.scores.svc", dbname="seasons", user="reader", password="R3rIWwfF4VlTER5I")  # tfl-eval: hardcoded-credential, hardcoded-backing-service
