import httpx

FAKE_KEY = "test-carrier-key"


def test_quote(respx_mock):
    respx_mock.post("https://api.parcel-carrier.example/v2/quotes").mock(return_value=httpx.Response(200, json={}))
    httpx.post("https://api.parcel-carrier.example/v2/quotes", headers={"X-Api-Key": FAKE_KEY})  # tfl-eval-not: hardcoded-credential
