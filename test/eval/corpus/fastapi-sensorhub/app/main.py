import asyncpg
import uvicorn
from fastapi import FastAPI
from pydantic_settings import BaseSettings
import orjson  # tfl-eval: undeclared-dependency


class Settings(BaseSettings):
    database_url: str = "postgresql://telemetry@localhost/telemetry"  # tfl-eval-not: hardcoded-backing-service
    port: int = 8000


settings = Settings()
app = FastAPI()


@app.on_event("startup")
async def connect():
    app.state.pool = await asyncpg.create_pool(settings.database_url)


@app.post("/events")
async def ingest(event: dict):
    async with app.state.pool.acquire() as conn:
        await conn.execute("INSERT INTO events (body) VALUES ($1)", orjson.dumps(event).decode())
    return {"ok": True}


if __name__ == "__main__":
    uvicorn.run("app.main:app", host="0.0.0.0", port=8000, workers=2)  # tfl-eval: hardcoded-port
