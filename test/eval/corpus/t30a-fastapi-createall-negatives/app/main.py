from fastapi import FastAPI

from app.db import SessionLocal
from app.models import Ticket

app = FastAPI()


@app.get("/tickets")
def tickets():
    with SessionLocal() as db:
        return [t.subject for t in db.query(Ticket).all()]
