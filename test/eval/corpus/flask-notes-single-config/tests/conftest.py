import pytest

from app import create_app
from config import Config


class TestConfig(Config):
    TESTING = True
    # tfl-eval-not: hardcoded-credential
    SECRET_KEY = 'key string'
    SQLALCHEMY_DATABASE_URI = 'sqlite://'


@pytest.fixture
def app():
    return create_app(TestConfig)
