"""Mailbox archiver settings: where to read mail from and where to keep it."""
import os

IMAP_HOST = "imap.mail.acme-logistics.example"
IMAP_FOLDER = "INBOX/Invoices"
USER = "invoices@acme-logistics.example"
PW = "7XVMMrGfNneOXxD9"  # tfl-eval: hardcoded-credential

ARCHIVE_DSN = os.environ.get("ARCHIVE_DSN", "")
BATCH = int(os.environ.get("ARCHIVE_BATCH", "200"))
