import os

import pytest

os.environ.setdefault("LEDGER_DB_URL", "postgresql+asyncpg://test:test@localhost:5432/ledger_test")  # tfl-eval-not: hardcoded-credential


@pytest.fixture
def anyio_backend():
    return "asyncio"
