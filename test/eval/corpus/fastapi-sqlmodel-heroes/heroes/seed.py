from sqlmodel import Session, select

from .database import engine
from .models import Team


def seed_teams():
    # Inserts the reference rows once; no schema change.
    with Session(engine) as session:
        if session.exec(select(Team)).first() is None:
            session.add(Team(name="Preventers", headquarters="Sharp Tower"))
            session.commit()
