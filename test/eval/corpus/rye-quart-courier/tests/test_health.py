import pytest

from courier.app import app


@pytest.mark.asyncio
async def test_healthz():
    client = app.test_client()
    response = await client.get("/healthz")
    assert response.status_code == 200
