from app.config import Settings


def test_env_overrides(monkeypatch):
    monkeypatch.setenv("RAG_OPENAI_API_KEY", "sk-test-not-a-real-key")  # tfl-eval-not: hardcoded-credential
    monkeypatch.setenv("RAG_ADMIN_TOKEN", "test-admin-token")  # tfl-eval-not: hardcoded-credential
    settings = Settings()
    assert settings.openai_api_key.get_secret_value() == "sk-test-not-a-real-key"


def test_prompt_mentions_reset():
    from app.chains.retrieval import SYSTEM_PROMPT

    assert "password reset" in SYSTEM_PROMPT
