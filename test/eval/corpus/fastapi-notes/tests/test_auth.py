def test_login_rejects_wrong_password(client):
    response = client.post("/auth/token", data={"username": "alice", "password": "wrong-Pass-1"})
    assert response.status_code == 401


def test_refresh(client, settings):
    settings.jwt_secret = "unit-test-secret-value"
    assert client.post("/auth/refresh").status_code == 200
