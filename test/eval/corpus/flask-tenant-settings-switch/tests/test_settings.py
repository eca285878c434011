import os

from app import settings


def test_secret_key_in_development():
    expected = os.environ["FLASK_SECRET_KEY"] if settings.PRODUCTION else "test-secret"  # tfl-eval-not: hardcoded-credential
    assert settings.SECRET_KEY
    assert expected
