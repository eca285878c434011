import pytest
from alembic import command
from alembic.config import Config


@pytest.fixture(scope="session", autouse=True)
def database():
    command.upgrade(Config("alembic.ini"), "head")  # tfl-eval-not: startup-migration
    yield
    command.downgrade(Config("alembic.ini"), "base")
