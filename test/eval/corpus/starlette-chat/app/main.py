import logging.config
import os

import yaml
from fastapi import FastAPI, Request
from sqlmodel import SQLModel

from .db import engine

with open(os.path.join(os.path.dirname(__file__), "logging.yaml")) as f:
    logging.config.dictConfig(yaml.safe_load(f))

app = FastAPI()

# user id -> list of websocket-less chat drafts kept between requests
drafts: dict[str, list[str]] = {}  # tfl-eval: memory-session-store


@app.on_event("startup")
def on_startup():
    SQLModel.metadata.create_all(engine)  # tfl-eval: startup-migration


@app.post("/drafts")
async def save_draft(request: Request):
    body = await request.json()
    user_id = request.headers["x-user-id"]
    drafts.setdefault(user_id, []).append(body["text"])
    return {"count": len(drafts[user_id])}
