import pytest
from dotenv import load_dotenv

load_dotenv(".env.sample")  # tfl-eval-not: hardcoded-credential


@pytest.fixture
def client():
    from inventory import app

    return app.test_client()
