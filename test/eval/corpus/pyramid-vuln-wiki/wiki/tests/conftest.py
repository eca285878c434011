import pytest
from pyramid.paster import get_appsettings


@pytest.fixture(scope="session")
def app_settings():
    return get_appsettings("testing.ini")


@pytest.fixture
def editor_login():
    return {"login": "editor", "password": "editor-wiki-pw"}  # tfl-eval-not: hardcoded-credential
