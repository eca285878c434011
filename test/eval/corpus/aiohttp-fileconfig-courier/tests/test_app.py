from courier.app import create_app


async def test_unknown_zone(aiohttp_client, monkeypatch):
    monkeypatch.setenv("SESSION_KEY", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=")
    client = await aiohttp_client(create_app())
    resp = await client.get("/parcels/x1")
    assert (await resp.json())["zone"] == "Unknown"
