import os

from sqlalchemy import create_engine

engine = (
    create_engine(os.environ["DATABASE_URL"])
    if os.getenv("DATABASE_URL")
    else create_engine("postgresql://pantry@localhost:5432/pantry")  # tfl-eval-not: hardcoded-backing-service
)
