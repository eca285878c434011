"""Reports leave by FTP for the bank and by IMAP-polled mailbox for the auditors."""
import ftplib
import imaplib
import os
import poplib


def upload_to_bank(path: str) -> None:
    with ftplib.FTP_TLS(os.environ.get("BANK_FTP_HOST", "localhost")) as ftp:
        ftp.login("acme-reports", "Xp7wKd2sQ9mBv4Rt")  # tfl-eval: hardcoded-credential
        ftp.prot_p()
        with open(path, "rb") as handle:
            ftp.storbinary(f"STOR {os.path.basename(path)}", handle)


def upload_to_partner(path: str) -> None:
    with ftplib.FTP(os.environ["PARTNER_FTP_HOST"], os.environ["PARTNER_FTP_USER"], os.environ["PARTNER_FTP_PASSWORD"]) as ftp:  # tfl-eval-not: hardcoded-credential
        with open(path, "rb") as handle:
            ftp.storbinary("STOR report.csv", handle)


def upload_to_archive(path: str) -> None:
    with ftplib.FTP(os.environ.get("ARCHIVE_FTP_HOST", "localhost"), "archive", "Hq3nV8cLz5tWy1Pd") as ftp:  # tfl-eval: hardcoded-credential
        with open(path, "rb") as handle:
            ftp.storbinary("STOR report.csv", handle)


def fetch_audit_requests() -> list[bytes]:
    mailbox = imaplib.IMAP4_SSL(os.environ.get("IMAP_HOST", "localhost"))
    mailbox.login("audit-requests@acme.example", "Jd8sLw3qPz6nRv2Tk9Ym")  # tfl-eval: hardcoded-credential
    mailbox.select("INBOX")
    _, data = mailbox.search(None, "UNSEEN")
    return data


def fetch_bounces() -> int:
    pop = poplib.POP3_SSL(os.environ.get("POP_HOST", "localhost"))
    pop.user(os.environ["POP_USER"])
    pop.pass_("Bn5xQ2wLr8tZk4Vm")  # tfl-eval: hardcoded-credential
    count, _ = pop.stat()
    return count


def fetch_bounces_from_env() -> int:
    pop = poplib.POP3_SSL(os.environ.get("POP_HOST", "localhost"))
    pop.user(os.environ["POP_USER"])
    pop.pass_(os.environ["POP_PASSWORD"])  # tfl-eval-not: hardcoded-credential
    return pop.stat()[0]
