import pytest
from werkzeug.security import generate_password_hash

from greenhouse import create_app
from greenhouse.db import User, db


@pytest.fixture
def app(monkeypatch):
    monkeypatch.setenv("GREENHOUSE_SECRET_KEY", "test-secret")  # tfl-eval-not: hardcoded-credential
    app = create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": "sqlite://"})
    with app.app_context():
        db.create_all()
        db.session.add(User(username="tester", password_hash=generate_password_hash("tester-pass-1")))  # tfl-eval-not: hardcoded-credential
        db.session.commit()
    yield app


@pytest.fixture
def client(app):
    return app.test_client()
