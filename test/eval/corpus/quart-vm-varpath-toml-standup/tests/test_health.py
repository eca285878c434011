import os

os.environ.setdefault("STANDUP_SECRET_KEY", "test-secret-key")


async def test_health(client):
    resp = await client.get("/healthz")
    assert resp.status_code == 200
