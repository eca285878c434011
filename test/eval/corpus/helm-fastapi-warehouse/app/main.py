import os

from fastapi import FastAPI
from sqlalchemy import create_engine, text

engine = create_engine(os.environ["DATABASE_URL"], pool_pre_ping=True)
app = FastAPI(title="warehouse")


@app.get("/bins/{code}")
def get_bin(code: str):
    with engine.connect() as conn:
        row = conn.execute(text("SELECT code, aisle FROM bins WHERE code = :c"), {"c": code}).first()
    return {"code": row.code, "aisle": row.aisle} if row else {}
