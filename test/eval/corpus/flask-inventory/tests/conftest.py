import pytest

from inventory import create_app, db


@pytest.fixture
def app():
    app = create_app()
    app.config.update(
        TESTING=True,
        SECRET_KEY='testing-secret',  # tfl-eval-not: hardcoded-credential
        SQLALCHEMY_DATABASE_URI='sqlite://',
        MAIL_PASSWORD='not-a-real-password',  # tfl-eval-not: hardcoded-credential
    )
    with app.app_context():
        db.create_all()
        yield app


@pytest.fixture
def auth_headers(client):
    response = client.post('/api/token', json={'username': 'alice', 'password': 'alice-pass-99'})  # tfl-eval-not: hardcoded-credential
    return {'Authorization': 'Bearer ' + response.json['access_token']}
