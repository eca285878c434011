from unittest import mock

from reports import delivery


def test_upload_to_bank(tmp_path):
    report = tmp_path / "r.csv"
    report.write_text("a,b\n")
    with mock.patch("ftplib.FTP_TLS") as ftp:
        delivery.upload_to_bank(str(report))
    ftp.return_value.__enter__.return_value.login.assert_called_once_with("acme-reports", mock.ANY)


def test_imap_login():
    with mock.patch("imaplib.IMAP4_SSL") as imap:
        imap.return_value.login("tester", "secret")  # tfl-eval-not: hardcoded-credential
