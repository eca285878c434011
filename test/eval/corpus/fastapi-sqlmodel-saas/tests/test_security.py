from app.core import security


def test_token_roundtrip(monkeypatch):
    token = security.create_access_token("user-1")
    assert token.count(".") == 2


def test_password_hash():
    hashed = security.pwd_context.hash("correct-horse-battery")  # tfl-eval-not: hardcoded-credential
    assert security.verify_password("correct-horse-battery", hashed)
