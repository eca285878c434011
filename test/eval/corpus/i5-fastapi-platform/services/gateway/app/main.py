import os

from fastapi import FastAPI

from acme_auth import require_user

app = FastAPI()
MODELS_URL = os.environ["MODELS_URL"]


@app.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}
