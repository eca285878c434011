import os

import pytest

from board import create_app


@pytest.fixture
def app():
    app = create_app()
    app.config.update(TESTING=True, SECRET_KEY=os.urandom(16))  # tfl-eval-not: per-process-secret
    yield app
