import pytest

from sightings.config import Config


class TestConfig(Config):
    TESTING = True
    DB_PASSWORD = "wildlife_test_password"
    SECRET_KEY = "test_secret_key"


@pytest.fixture
def config():
    return TestConfig()
