from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, scoped_session, sessionmaker

SessionLocal = scoped_session(sessionmaker(expire_on_commit=False))


class Base(DeclarativeBase):
    pass


def init_engine(url: str):
    engine = create_engine(url, pool_pre_ping=True, pool_size=10)
    SessionLocal.configure(bind=engine)
    # The schema belongs to alembic (`alembic upgrade head` in the release job), not to start-up.
    return engine
