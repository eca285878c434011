from litestar import Litestar, get, post
from litestar.contrib.sqlalchemy.plugins import SQLAlchemyAsyncConfig, SQLAlchemyPlugin
from litestar.logging import LoggingConfig

from bookclub.models import Base, Circle
from bookclub.settings import settings

db_config = SQLAlchemyAsyncConfig(connection_string=settings.database_url, create_all=False)


@get("/circles")
async def list_circles(db_session) -> list[dict]:
    rows = await db_session.execute(Circle.__table__.select())
    return [dict(r._mapping) for r in rows]


@post("/circles/{circle_id:int}/votes")
async def vote(circle_id: int, data: dict, db_session) -> dict:
    # The ballot lives in the database, never in the process.
    await db_session.execute(Circle.__table__.update().where(Circle.id == circle_id).values(current_pick=data["isbn"]))
    return {"ok": True}


app = Litestar(
    route_handlers=[list_circles, vote],
    plugins=[SQLAlchemyPlugin(config=db_config)],
    logging_config=LoggingConfig(root={"level": "INFO", "handlers": ["queue_listener"]}),
    debug=settings.debug,
)
