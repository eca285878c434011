import os

from fastapi import FastAPI
from sqlalchemy import create_engine, text

engine = create_engine(os.environ["DATABASE_URL"], pool_pre_ping=True)
app = FastAPI(title="quotes")


@app.get("/quotes/random")
def random_quote():
    with engine.connect() as conn:
        row = conn.execute(text("SELECT author, body FROM quotes ORDER BY random() LIMIT 1")).one()
    return {"author": row.author, "body": row.body}
