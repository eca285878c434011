import base64

import pytest

from app import app


@pytest.fixture
def client():
    return app.server.test_client()


def basic(user, password):
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


def test_rejects_wrong_password(client):
    response = client.get("/", headers=basic("energy", "wrong-password-123"))  # tfl-eval-not: hardcoded-credential
    assert response.status_code == 401
