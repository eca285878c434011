def test_login_with_demo_doctor(client):
    response = client.post("/login", data={"username": "house", "password": "vicodin"})  # tfl-eval-not: hardcoded-credential
    assert response.status_code == 200


def test_stripe_key_not_logged(client, caplog):
    # A live-format key pasted into a test still leaks: it must be reported.
    stripe_key = "sk_live_v1tjxopIeBpFMLWD1NF2sKwW"  # tfl-eval: hardcoded-credential
    client.post("/billing", data={"key": stripe_key})
    assert stripe_key not in caplog.text
