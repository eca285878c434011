import pytest
from cachelib.simple import SimpleCache

from larder import create_app


class TestConfig:
    SECRET_KEY = "pytest-not-a-secret"  # tfl-eval-not: hardcoded-credential
    DATABASE_URL = "postgresql://larder:larder@localhost:5433/larder_test"  # tfl-eval-not: hardcoded-credential,hardcoded-backing-service
    SESSION_TYPE = "cachelib"
    SESSION_CACHELIB = SimpleCache()  # tfl-eval-not: memory-session-store
    TESTING = True


@pytest.fixture
def client():
    return create_app(TestConfig).test_client()
