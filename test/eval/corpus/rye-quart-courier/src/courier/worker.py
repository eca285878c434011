import os

from arq.connections import RedisSettings


async def assign_driver(ctx, delivery_ref: str) -> None:
    ...


class WorkerSettings:
    functions = [assign_driver]
    redis_settings = RedisSettings.from_dsn(os.environ["REDIS_URL"])
