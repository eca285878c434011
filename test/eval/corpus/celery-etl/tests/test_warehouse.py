from unittest import mock

from etl.sources import warehouse


@mock.patch('paramiko.SSHClient')
def test_fetch_sftp_exports(ssh):
    warehouse.fetch_sftp_exports('sftp.test', '/exports')
    ssh.return_value.connect.assert_called_once_with('sftp.test', username='exports', password=mock.ANY)


def test_publish_uses_credentials():
    creds = warehouse.pika.PlainCredentials('guest', 'guest')  # tfl-eval-not: hardcoded-credential
    assert creds.username == 'guest'
