import os

from sqlmodel import Session, create_engine

engine = create_engine(os.getenv("DATABASE_URL") or "postgresql+psycopg://saas:0zKzc1!7Dj60#Jt55@pg.saas.internal:5432/saas", pool_pre_ping=True)  # tfl-eval: hardcoded-credential, hardcoded-backing-service
analytics_engine = create_engine("clickhouse://default:@localhost:8123/analytics")  # tfl-eval: hardcoded-backing-service


def get_session():
    with Session(engine) as session:
        yield session
