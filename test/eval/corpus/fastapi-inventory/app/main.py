import logging
import sys

from fastapi import Depends, FastAPI
from sqlalchemy.orm import Session
from starlette.middleware.sessions import SessionMiddleware

from . import models, schemas
from .database import SessionLocal, engine
from .settings import settings

models.Base.metadata.create_all(bind=engine)  # tfl-eval: startup-migration

logging.basicConfig(stream=sys.stdout, level=logging.INFO)  # tfl-eval-not: file-logger
audit = logging.getLogger("inventory.audit")
audit.addHandler(logging.FileHandler("audit.log"))  # tfl-eval: file-logger

app = FastAPI(title="Inventory")
app.add_middleware(SessionMiddleware, secret_key=settings.session_secret)  # tfl-eval-not: memory-session-store


def get_db():
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()


@app.post("/items/", response_model=schemas.Item)
def create_item(item: schemas.ItemCreate, db: Session = Depends(get_db)):
    db_item = models.Item(**item.model_dump())
    db.add(db_item)
    db.commit()
    audit.info("item created id=%s", db_item.id)
    return db_item
