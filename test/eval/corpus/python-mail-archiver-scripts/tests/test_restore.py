from unittest import mock

from scripts import restore_db


def test_restore_uses_pgpassword():
    user = "tester"
    pw = "test-password"  # tfl-eval-not: hardcoded-credential
    with mock.patch("subprocess.run") as run:
        restore_db.restore("/tmp/dump")
    assert run.call_args.kwargs["env"]["PGPASSWORD"]
    assert user and pw
