import pytest  # tfl-eval: undeclared-dependency
from httpx import ASGITransport, AsyncClient

from app.main import app


@pytest.mark.anyio
async def test_wrong_password_is_refused(monkeypatch):
    monkeypatch.setenv("JWT_SECRET", "test-secret")  # tfl-eval-not: hardcoded-credential
    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as client:
        res = await client.post("/auth/token", data={"username": "courier1", "password": "not-the-password"})  # tfl-eval-not: hardcoded-credential
    assert res.status_code == 401
