import os

from clinic import settings


def test_secret_key_present(monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "test-secret-key")
    assert settings.SECRET_KEY


def test_mail_password_required():
    os.environ.setdefault("MAIL_PASSWORD", "not-a-real-password")
    assert os.environ["MAIL_PASSWORD"]
