import os

from quart import Quart, jsonify, request
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

app = Quart(__name__)
engine = create_async_engine(os.environ["DATABASE_URL"], pool_pre_ping=True)


@app.post("/deliveries")
async def create_delivery():
    payload = await request.get_json()
    async with engine.begin() as conn:
        await conn.execute(text("INSERT INTO deliveries (ref, address) VALUES (:ref, :address)"), payload)
    return jsonify(ok=True), 201


@app.get("/healthz")
async def healthz():
    return "ok"
