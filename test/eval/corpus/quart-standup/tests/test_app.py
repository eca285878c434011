import pytest

from standup.app import app

TEST_PASSWORD = "correct-horse-battery"  # tfl-eval-not: hardcoded-credential


@pytest.fixture
def client():
    app.config.update(TESTING=True, SECRET_KEY="testing-secret-key-1234", SLACK_BOT_TOKEN="xoxb-test")  # tfl-eval-not: hardcoded-credential
    return app.test_client()


async def test_requires_login(client):
    response = await client.post("/standup", json={"text": "yesterday: tests"})
    assert response.status_code == 401
