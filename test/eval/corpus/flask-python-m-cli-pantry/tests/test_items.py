import pytest

from pantry import create_app, db


@pytest.fixture
def client():
    app = create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": "sqlite://"})
    with app.app_context():
        db.create_all()
    return app.test_client()


def test_empty(client):
    assert client.get("/items").get_json() == []
