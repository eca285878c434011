import pytest


@pytest.fixture
def portal_credentials():
    return {"email": "qa@harbour-cafe.example", "password": "qa-portal-pass-1"}  # tfl-eval-not: hardcoded-credential
