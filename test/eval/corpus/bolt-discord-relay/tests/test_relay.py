from unittest import mock

import pytest


@pytest.fixture
def fake_env(monkeypatch):
    monkeypatch.setenv("DISCORD_TOKEN", "fake-token")  # tfl-eval-not: hardcoded-credential


def test_webhook_is_discord():
    from relay import discord_side
    assert discord_side.WEBHOOK.startswith("https://discord.com/api/webhooks/")
