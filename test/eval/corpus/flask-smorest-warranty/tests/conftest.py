import pytest
from flask_migrate import upgrade

from warranty import create_app, db


@pytest.fixture
def app():
    app = create_app("warranty.config.TestConfig")
    with app.app_context():
        upgrade()  # tfl-eval-not: startup-migration
        yield app
        db.drop_all()
