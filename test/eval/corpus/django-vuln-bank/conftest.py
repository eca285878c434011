import pytest


@pytest.fixture
def admin_credentials():
    return {"username": "admin", "password": "admin-test-pass"}  # tfl-eval-not: hardcoded-credential


@pytest.fixture(autouse=True)
def _settings(settings):
    settings.SECRET_KEY = "test-secret-key-not-for-production"  # tfl-eval-not: hardcoded-credential
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
