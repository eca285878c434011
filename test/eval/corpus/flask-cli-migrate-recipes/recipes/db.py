from sqlalchemy import create_engine

_engine = None


def init_engine(url):
    global _engine
    _engine = create_engine(url, pool_pre_ping=True)
    return _engine


def run_migrations():
    from alembic import command
    from alembic.config import Config

    command.upgrade(Config("alembic.ini"), "head")
