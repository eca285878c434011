from ragapp.app import answer


def test_answer(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")  # tfl-eval-not: hardcoded-credential
    assert callable(answer)
