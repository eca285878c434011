from app.core.config import settings


def test_get_access_token(client):
    login_data = {"username": settings.FIRST_SUPERUSER, "password": settings.FIRST_SUPERUSER_PASSWORD}
    r = client.post("/api/v1/login/access-token", data=login_data)
    assert r.status_code == 200


def test_wrong_password(client):
    r = client.post("/api/v1/login/access-token", data={"username": "x@notes.lab", "password": "incorrect"})
    assert r.status_code == 400
    assert r.json()["detail"] == "Incorrect email or password"
