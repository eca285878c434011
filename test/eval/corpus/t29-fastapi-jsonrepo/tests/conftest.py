import pytest

from app.storage import JsonRepository


@pytest.fixture
def repo(tmp_path):
    return JsonRepository(tmp_path / "orders.json")


@pytest.fixture
def local_repo():
    return JsonRepository("test-orders.json")  # tfl-eval-not: memory-session-store
