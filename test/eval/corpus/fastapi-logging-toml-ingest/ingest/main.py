import logging

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, ValidationError

from .logs import setup_logging

setup_logging()
app = FastAPI(title="ingest")
log = logging.getLogger(__name__)
rejects = logging.getLogger("ingest.rejects")


class Event(BaseModel):
    source: str
    kind: str
    payload: dict


@app.post("/events")
async def ingest(raw: dict):
    try:
        event = Event.model_validate(raw)
    except ValidationError as exc:
        rejects.warning("rejected %s: %s", raw.get("source"), exc.errors())
        raise HTTPException(status_code=422) from exc
    log.info("event %s from %s", event.kind, event.source)
    return {"ok": True}
