from unittest import mock

from rotator import vault


def test_current_reads_kv_v2():
    with mock.patch.object(vault, "rotation_client") as factory:
        factory.return_value.secrets.kv.v2.read_secret_version.return_value = {"data": {"data": {"password": "rotated-in-test"}}}  # tfl-eval-not: hardcoded-credential
        assert vault.current("db") == {"password": "rotated-in-test"}  # tfl-eval-not: hardcoded-credential
