from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, engine


class Ticket(Base):
    __tablename__ = "tickets"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    subject: Mapped[str] = mapped_column(String(160))


if __name__ == "__main__":
    # `python -m app.models` on a fresh laptop database.
    Base.metadata.create_all(bind=engine)
