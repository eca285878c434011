from sqlalchemy import Integer, String  # tfl-eval: undeclared-dependency
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Circle(Base):
    __tablename__ = "circles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    current_pick: Mapped[str | None] = mapped_column(String(20), nullable=True)
