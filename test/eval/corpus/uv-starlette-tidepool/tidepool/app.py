import os

from sqlalchemy import create_engine, text
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

engine = create_engine(os.environ["DATABASE_URL"], pool_size=5)


async def stations(request):
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT code, name FROM stations ORDER BY name")).all()
    return JSONResponse([{"code": r.code, "name": r.name} for r in rows])


app = Starlette(routes=[Route("/stations", stations)])
