import pytest

from greenhouse import create_app, db


@pytest.fixture
def client(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "sqlite://")
    monkeypatch.setenv("SECRET_KEY", "test")
    app = create_app()
    with app.app_context():
        db.create_all()  # tfl-eval-not: startup-migration
        yield app.test_client()


def test_empty_list(client):
    assert client.get("/sensors").get_json() == []
