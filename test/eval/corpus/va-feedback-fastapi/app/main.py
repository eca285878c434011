import os
import shutil
import tempfile
from uuid import uuid4

import boto3
from fastapi import FastAPI, File, UploadFile
from pydantic import BaseModel

app = FastAPI(title="feedback")
s3 = boto3.client("s3")

CATEGORIES = ["bug", "idea", "praise"]  # tfl-eval-not: memory-session-store
feedback_items: list[dict] = []  # tfl-eval: memory-session-store


class Feedback(BaseModel):
    category: str
    text: str


@app.post("/feedback", status_code=201)
async def create_feedback(item: Feedback):
    record = {"id": str(uuid4()), **item.model_dump()}
    feedback_items.append(record)
    return record


@app.get("/feedback")
async def list_feedback(category: str | None = None):
    if category:
        return [f for f in feedback_items if f["category"] == category]
    return feedback_items


@app.get("/categories")
async def categories():
    return CATEGORIES


@app.post("/screenshots")
async def upload_screenshot(file: UploadFile = File(...)):
    name = f"{uuid4()}-{os.path.basename(file.filename)}"
    with open(f"uploads/{name}", "wb") as buffer:
        shutil.copyfileobj(file.file, buffer)  # tfl-eval: memory-session-store
    return {"name": name}


@app.post("/reports")
async def upload_report(file: UploadFile = File(...)):
    with tempfile.NamedTemporaryFile(delete=False) as staged:
        shutil.copyfileobj(file.file, staged)  # tfl-eval-not: memory-session-store
    s3.upload_file(staged.name, os.environ["REPORT_BUCKET"], file.filename)
    os.remove(staged.name)
    return {"ok": True}


@app.post("/imports")
async def upload_import(file: UploadFile = File(...)):
    target = os.path.join(os.environ["IMPORT_DIR"], os.path.basename(file.filename))
    with open(target, "wb") as out:
        shutil.copyfileobj(file.file, out)  # tfl-eval-not: memory-session-store
    return {"ok": True}
