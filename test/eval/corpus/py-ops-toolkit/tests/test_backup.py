from unittest import mock

from scripts import backup_db


@mock.patch("scripts.backup_db.psycopg2.connect")
def test_row_counts(connect):
    connect.return_value.__enter__.return_value.cursor.return_value.__enter__.return_value.fetchall.return_value = []
    assert backup_db.row_counts() == []
    connect.assert_called_with(host=backup_db.DB_HOST, dbname="billing", user="backup", password=mock.ANY)  # tfl-eval-not: hardcoded-credential


def test_login_failure():
    with mock.patch("smtplib.SMTP") as smtp:
        smtp.return_value.__enter__.return_value.login.side_effect = Exception("bad password")  # tfl-eval-not: hardcoded-credential
        server = smtp("localhost")
        server.login("user", "hunter2-test")  # tfl-eval-not: hardcoded-credential
