from unittest import mock

from loader import sources


def test_warehouse_connects():
    with mock.patch("snowflake.connector.connect") as connect:
        sources.warehouse()
        assert connect.call_args.kwargs["user"] == "LOADER_SVC"


def test_pg_local(monkeypatch):
    monkeypatch.setenv("PGUSER", "ci")
    monkeypatch.setenv("PGPASSWORD", "ci")  # tfl-eval-not: hardcoded-credential
