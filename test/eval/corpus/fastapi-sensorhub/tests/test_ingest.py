import uvicorn
from fastapi.testclient import TestClient

from app.main import app


def test_ingest():
    client = TestClient(app)
    assert client.post("/events", json={"kind": "ping"}).status_code in (200, 500)


def run_local():
    uvicorn.run(app, port=8765)  # tfl-eval-not: hardcoded-port
