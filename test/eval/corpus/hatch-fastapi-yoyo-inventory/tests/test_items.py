from fastapi.testclient import TestClient

from inventory.main import app


def test_unknown_sku(monkeypatch):
    client = TestClient(app)
    assert client.get("/items/NOPE").status_code in (404, 500)
