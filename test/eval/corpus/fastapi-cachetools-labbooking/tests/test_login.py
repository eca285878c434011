from fastapi.testclient import TestClient

from labbooking.main import app


def test_login_sets_cookie():
    client = TestClient(app)
    response = client.post("/login", params={"researcher_id": 7, "group": "optics"})
    assert "session_token" in response.cookies
