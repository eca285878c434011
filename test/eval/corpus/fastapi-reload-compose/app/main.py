import os

from fastapi import FastAPI

app = FastAPI(title="Sensor Catalog")


@app.get("/health")
def health():
    return {"status": "ok", "region": os.environ.get("REGION", "unknown")}
