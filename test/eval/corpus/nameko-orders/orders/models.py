from sqlalchemy import JSON, Column, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Order(Base):
    __tablename__ = "orders"

    id = Column(Integer, primary_key=True)
    customer_id = Column(Integer, nullable=False, index=True)
    lines = Column(JSON, nullable=False)
    status = Column(String(20), nullable=False, default="pending")
    tracking_token = Column(String(64), unique=True)  # tfl-eval-not: hardcoded-credential
