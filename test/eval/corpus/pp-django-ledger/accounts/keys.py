"""The key that signs statement download links: made once, kept on the shared volume, read by every worker."""
import os
from pathlib import Path

from django.core.management.utils import get_random_secret_key

KEY_PATH = Path(os.environ.get("LEDGER_SHARED_DIR", "/srv/shared")) / "statement-link.key"


def statement_signing_key():
    if not KEY_PATH.exists():
        KEY_PATH.write_text(get_random_secret_key())  # tfl-eval-not: per-process-secret
    return KEY_PATH.read_text().strip()
