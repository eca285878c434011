from events.app import app


def test_buy_ticket(monkeypatch):
    app.config["SECRET_KEY"] = "testing-secret"  # tfl-eval-not: hardcoded-credential
    client = app.test_client()
    assert client.post("/newsletter", data={"email": "a@b.test"}).status_code in (200, 500)
