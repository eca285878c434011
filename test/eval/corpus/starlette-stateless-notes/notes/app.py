import contextlib
import functools

import redis.asyncio as redis
import structlog
from sqlalchemy import create_engine, text
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from notes import config

log = structlog.get_logger()
engine = create_engine(config.DATABASE_URL, pool_pre_ping=True)
sessions = redis.from_url(config.REDIS_URL)

# Markdown render options, fixed.
RENDER_OPTIONS = {"tables": True, "footnotes": True}


@functools.lru_cache(maxsize=512)
def slug(title: str) -> str:
    return "-".join(title.lower().split())


async def create_note(request: Request):
    user_id = request.session["user_id"] if "session" in request.scope else request.headers["x-user-id"]
    body = await request.json()
    await sessions.set(f"draft:{user_id}", body["text"], ex=config.SESSION_TTL_SECONDS)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO notes (owner, slug, body) VALUES (:o, :s, :b)"), {"o": user_id, "s": slug(body["title"]), "b": body["text"]})
    log.info("note created")
    return JSONResponse({"slug": slug(body["title"])}, status_code=201)


@contextlib.asynccontextmanager
async def lifespan(app):
    yield
    await sessions.aclose()


app = Starlette(routes=[Route("/notes", create_note, methods=["POST"])], lifespan=lifespan)
