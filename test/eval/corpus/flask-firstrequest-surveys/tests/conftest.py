import pytest

from surveys import create_app, db


@pytest.fixture
def app(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "sqlite://")
    app = create_app()
    with app.app_context():
        db.create_all()  # tfl-eval-not: startup-migration
        yield app
