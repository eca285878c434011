import hmac

from api import create_app


def test_webhook_rejects_bad_signature():
    app = create_app()
    app.config.update(TESTING=True, SECRET_KEY="test-secret-key")  # tfl-eval-not: hardcoded-credential
    resp = app.test_client().post("/webhooks/easypost", data=b"{}", headers={"X-Hmac-Signature": "nope"})
    assert resp.status_code == 401
