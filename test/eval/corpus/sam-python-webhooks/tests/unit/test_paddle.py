from webhooks import paddle


def test_rejects_unsigned(monkeypatch):
    monkeypatch.setenv("PADDLE_WEBHOOK_SECRET", "pdl_ntfset_test_secret")  # tfl-eval-not: hardcoded-credential
    assert paddle.handler({"headers": {}, "body": "{}"}, None)["statusCode"] == 401
