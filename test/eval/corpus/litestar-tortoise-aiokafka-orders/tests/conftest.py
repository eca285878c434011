import os

import pytest

os.environ.setdefault("ANALYTICS_PASSWORD", "test")  # tfl-eval-not: hardcoded-credential
os.environ.setdefault("KAFKA_AUDIT_PASSWORD", "dummy-password")  # tfl-eval-not: hardcoded-credential


@pytest.fixture
def smtp_settings(monkeypatch):
    monkeypatch.setenv("SMTP_PASSWORD", "not-a-real-password")  # tfl-eval-not: hardcoded-credential
    return {"user": "tester", "password": "hunter2"}  # tfl-eval-not: hardcoded-credential
