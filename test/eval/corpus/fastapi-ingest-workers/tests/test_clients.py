from app.settings import Settings

def test_defaults(monkeypatch):
    monkeypatch.setenv("INGEST_DB_PASSWORD", "not-a-real-password")  # tfl-eval-not: hardcoded-credential
    assert Settings().db_password == "not-a-real-password"  # tfl-eval-not: hardcoded-credential
