from fastapi.testclient import TestClient

from app.config import Settings


def test_settings_from_env(monkeypatch):
    monkeypatch.setenv("RAG_OPENAI_API_KEY", "sk-test-not-used")  # tfl-eval-not: hardcoded-credential
    monkeypatch.setenv("RAG_ADMIN_TOKEN", "letmein")  # tfl-eval-not: hardcoded-credential
    s = Settings()
    assert s.admin_token.get_secret_value() == "letmein"
