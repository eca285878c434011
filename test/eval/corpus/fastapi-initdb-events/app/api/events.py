from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.orm import Session

from app.db.base import Event
from app.db.session import get_db

router = APIRouter(prefix="/events", tags=["events"])


@router.get("/")
def list_events(skip: int = 0, limit: int = 20, db: Session = Depends(get_db)):
    return db.query(Event).offset(skip).limit(limit).all()


@router.get("/{event_id}")
def read_event(event_id: int, db: Session = Depends(get_db)):
    event = db.get(Event, event_id)
    if event is None:
        raise HTTPException(status_code=404, detail="Event not found")
    return event
