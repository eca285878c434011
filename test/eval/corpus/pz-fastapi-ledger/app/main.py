from fastapi import FastAPI

from app.core.config import settings

app = FastAPI(title=settings.project_name)


@app.get("/health")
async def health():
    return {"ok": True}
