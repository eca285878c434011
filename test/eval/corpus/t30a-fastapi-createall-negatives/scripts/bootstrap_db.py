from app.db import Base, engine
from app import models  # noqa: F401

Base.metadata.create_all(bind=engine)
