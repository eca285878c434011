#!/usr/bin/env python3
"""Nightly: copy yesterday's exports into the MinIO archive and notify the team."""
import datetime
import pathlib

import pysftp
from minio import Minio

client = Minio(
    "minio.archive.internal:9000",
    access_key="archiver",
    secret_key="j5FdgHDeOD3SKGLRWAlC4f8qBh9PvLq0z0jcBZx2",  # tfl-eval: hardcoded-credential
    secure=True,
)

EXPORT_DIR = pathlib.Path("/srv/exports")


def pull_partner_exports(day: datetime.date) -> None:
    with pysftp.Connection("sftp.partner.example.com", username="acme", password="6cz6A5tUKjcnwui8") as sftp:  # tfl-eval: hardcoded-credential
        sftp.get_d(f"/outbound/{day:%Y-%m-%d}", str(EXPORT_DIR / str(day)))


def archive(day: datetime.date) -> int:
    count = 0
    for path in (EXPORT_DIR / str(day)).glob("*.csv"):
        client.fput_object("exports", f"{day:%Y/%m/%d}/{path.name}", str(path))
        count += 1
    return count


if __name__ == "__main__":
    yesterday = datetime.date.today() - datetime.timedelta(days=1)
    pull_partner_exports(yesterday)
    print(f"archived {archive(yesterday)} files")
