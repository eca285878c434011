import os

from fastapi import FastAPI

app = FastAPI(title="notes")
DATABASE_URL = os.getenv("DATABASE_URL")


@app.get("/health")
def health():
    return {"ok": True}
