import pytest


@pytest.fixture
def user(db):
    return db.create_user(email="alice@notes.test", password="alice-Secret-9")


@pytest.fixture
def auth_headers():
    return {"Authorization": "Bearer test-token"}


GITHUB_TOKEN = "ghp_JWhYTDvGyMPOA8e4ym1Mw4X6Ud9ZlkxOOMI4"  # tfl-eval: hardcoded-credential
