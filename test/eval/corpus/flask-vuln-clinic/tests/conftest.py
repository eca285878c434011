import pytest

from clinic import create_app, db


@pytest.fixture
def app(monkeypatch):
    monkeypatch.setenv("MAIL_PASSWORD", "not-a-real-mail-password")  # tfl-eval-not: hardcoded-credential
    app = create_app()
    app.config.update(TESTING=True, SECRET_KEY="pytest-secret")  # tfl-eval-not: hardcoded-credential
    with app.app_context():
        db.create_all()
        yield app


@pytest.fixture
def client(app):
    return app.test_client()
