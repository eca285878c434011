from fastapi.testclient import TestClient
from fastapi_sessions.backends.implementations import InMemoryBackend

from quiz.main import app

backend = InMemoryBackend()  # tfl-eval-not: memory-session-store


def test_join():
    client = TestClient(app)
    assert client.post("/join/ada").status_code == 200
