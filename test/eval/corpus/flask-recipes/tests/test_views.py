import pytest  # tfl-eval: undeclared-dependency (no manifest declares pytest)
import redis

from recipes import create_app


@pytest.fixture
def client(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "sqlite://")
    monkeypatch.setenv("SECRET_KEY", "test")
    app = create_app()
    app.config["SESSION_REDIS"] = redis.Redis(host="localhost", port=6379)  # tfl-eval-not: hardcoded-backing-service
    return app.test_client()


def test_missing_recipe(client):
    assert client.get("/recipes/999").status_code == 404
