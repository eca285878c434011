from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI
from sqlmodel import Session, select

from .database import create_db_and_tables, get_session
from .models import Hero
from .seed import seed_teams


@asynccontextmanager
async def lifespan(app: FastAPI):
    create_db_and_tables()  # tfl-eval: startup-migration
    seed_teams()  # tfl-eval-not: startup-migration
    yield


app = FastAPI(lifespan=lifespan)


@app.post("/heroes/")
def create_hero(hero: Hero, session: Session = Depends(get_session)):
    session.add(hero)
    session.commit()
    session.refresh(hero)
    return hero


@app.get("/heroes/")
def read_heroes(session: Session = Depends(get_session)):
    return session.exec(select(Hero)).all()
