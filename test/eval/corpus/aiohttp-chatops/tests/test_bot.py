import pytest

from chatops import bot


@pytest.fixture
def fake_token(monkeypatch):
    monkeypatch.setattr(bot, "TELEGRAM_TOKEN", "123456:TEST-token-not-real")  # tfl-eval-not: hardcoded-credential


def test_build(fake_token):
    assert bot.build_bot() is not None


def test_twitter_keys(monkeypatch):
    monkeypatch.setenv("TWITTER_BEARER_TOKEN", "dummy-bearer")  # tfl-eval-not: hardcoded-credential
