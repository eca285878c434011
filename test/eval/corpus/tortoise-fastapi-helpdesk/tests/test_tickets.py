from fastapi.testclient import TestClient
from tortoise.contrib.fastapi import register_tortoise

from helpdesk.main import app


def test_list_tickets_empty():
    register_tortoise(app, db_url="sqlite://:memory:", modules={"models": ["helpdesk.models"]}, generate_schemas=True)  # tfl-eval-not: startup-migration
    client = TestClient(app)
    assert client.get("/tickets/").status_code == 200
