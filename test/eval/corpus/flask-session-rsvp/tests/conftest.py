import pytest

from rsvp import create_app, db


class TestConfig:
    TESTING = True
    SECRET_KEY = "test-only"  # tfl-eval-not: hardcoded-credential
    SQLALCHEMY_DATABASE_URI = "sqlite://"  # tfl-eval-not: hardcoded-backing-service
    SESSION_TYPE = "filesystem"  # tfl-eval-not: memory-session-store


@pytest.fixture
def client():
    app = create_app(TestConfig)
    with app.app_context():
        db.create_all()  # tfl-eval-not: startup-migration
        yield app.test_client()
