import os

from sqlalchemy import Column, DateTime, Integer, String, create_engine, func
from sqlalchemy.orm import declarative_base, sessionmaker

engine = create_engine(os.environ["DATABASE_URL"], pool_pre_ping=True)
Base = declarative_base()


class Chapter(Base):
    __tablename__ = "chapters"
    id = Column(Integer, primary_key=True)
    title = Column(String(200), nullable=False)
    created_at = Column(DateTime, server_default=func.now())


Base.metadata.create_all(engine)  # tfl-eval: startup-migration
Session = sessionmaker(bind=engine)
