import os

import pytest  # tfl-eval: undeclared-dependency

os.environ.setdefault("DATABASE_URL", "sqlite://")
os.environ.setdefault("SECRET_KEY", "test")

from surveys import create_app, db  # noqa: E402


@pytest.fixture
def app():
    app = create_app()
    app.config.update(TESTING=True, SESSION_TYPE="filesystem")
    with app.app_context():
        db.create_all()
        yield app
        db.drop_all()
