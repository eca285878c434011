import pytest


@pytest.fixture(autouse=True)
def keys(monkeypatch):
    monkeypatch.setenv("MISTRAL_API_KEY", "dummy")  # tfl-eval-not: hardcoded-credential
    monkeypatch.setenv("HF_TOKEN", "hf_dummy")  # tfl-eval-not: hardcoded-credential


def test_import():
    from router.providers import clients
    assert clients.local.api_key == "ollama"
