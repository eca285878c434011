import pytest
from alembic import command
from alembic.config import Config
from litestar.middleware.session.server_side import ServerSideSessionConfig
from litestar.stores.memory import MemoryStore

SESSIONS = ServerSideSessionConfig()  # tfl-eval-not: memory-session-store
STORE = MemoryStore()  # tfl-eval-not: memory-session-store


@pytest.fixture(scope="session", autouse=True)
def schema():
    command.upgrade(Config("alembic.ini"), "head")  # tfl-eval-not: startup-migration
    yield
