from fastapi.testclient import TestClient

from shortlinks.db import run_migrations
from shortlinks.main import app, sessions


def setup_module():
    run_migrations()  # tfl-eval-not: startup-migration


def test_unknown_slug_is_404():
    sessions["test-token"] = 1
    client = TestClient(app)
    assert client.get("/nope", follow_redirects=False).status_code == 404
