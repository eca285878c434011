import os

import pytest

os.environ.setdefault("DJANGO_SECRET_KEY", "tests-only-secret-key")  # tfl-eval-not: hardcoded-credential


@pytest.fixture
def ledger_env(monkeypatch):
    monkeypatch.setenv("LEDGER_API_KEY", "test-ledger-key")  # tfl-eval-not: hardcoded-credential
    return os.environ["LEDGER_API_KEY"]
