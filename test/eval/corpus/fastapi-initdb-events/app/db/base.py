from sqlalchemy import Column, DateTime, Integer, String, func
from sqlalchemy.orm import declarative_base

from app.db.session import engine

Base = declarative_base()


class Event(Base):
    __tablename__ = "events"

    id = Column(Integer, primary_key=True, index=True)
    title = Column(String(200), nullable=False)
    venue = Column(String(200))
    starts_at = Column(DateTime(timezone=True), server_default=func.now())


def init_db() -> None:
    # Creates every table the models declare; called when the API boots.
    Base.metadata.create_all(bind=engine)  # tfl-eval-not: startup-migration


def drop_db() -> None:
    Base.metadata.drop_all(bind=engine)  # tfl-eval-not: startup-migration
