from huey import RedisHuey

from catalog import settings

huey = RedisHuey("catalog", url=settings.REDIS_URL)


@huey.periodic_task(huey.crontab(minute="*/15"))
def reindex():
    from catalog.db import replica_engine

    with replica_engine.connect() as connection:
        connection.exec_driver_sql("REFRESH MATERIALIZED VIEW product_search")
