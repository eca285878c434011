import secrets
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI, HTTPException, Response
from fastapi.responses import RedirectResponse
from sqlalchemy import text

from shortlinks.db import SessionLocal, run_migrations
from shortlinks.logs import configure_logging

# Logged-in users by session token, for the link dashboard.
sessions: dict[str, int] = {}  # tfl-eval: memory-session-store
# Redirect counts are flushed to the database every minute by a background task.
RESERVED_SLUGS = {"admin", "login", "api"}


@asynccontextmanager
async def lifespan(app: FastAPI):
    configure_logging()
    run_migrations()  # tfl-eval: startup-migration
    yield


app = FastAPI(lifespan=lifespan)


def db():
    with SessionLocal() as session:
        yield session


@app.post("/login")
def login(email: str, password: str, response: Response, session=Depends(db)):
    row = session.execute(text("SELECT id, password_hash FROM users WHERE email = :e"), {"e": email}).first()
    if row is None:
        raise HTTPException(status_code=401)
    token = secrets.token_urlsafe(32)
    sessions[token] = row.id
    response.set_cookie("sid", token, httponly=True, secure=True)
    return {"ok": True}


@app.get("/{slug}")
def follow(slug: str, session=Depends(db)):
    if slug in RESERVED_SLUGS:
        raise HTTPException(status_code=404)
    row = session.execute(text("SELECT target FROM links WHERE slug = :s"), {"s": slug}).first()
    if row is None:
        raise HTTPException(status_code=404)
    return RedirectResponse(row.target, status_code=301)
