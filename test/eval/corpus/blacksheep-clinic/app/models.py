from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Slot(Base):
    __tablename__ = "slots"
    id = Column(Integer, primary_key=True)
    starts_at = Column(String(32), nullable=False)
    patient = Column(String(64))
