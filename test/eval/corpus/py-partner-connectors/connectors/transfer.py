import os

import pysftp
from fabric import Connection


def push_catalog(path: str) -> None:
    with pysftp.Connection("sftp.partner.example", username="catalog", password="N9P54Oj3kAcsFdVl") as sftp:  # tfl-eval: hardcoded-credential
        sftp.put(path, "/incoming/catalog.csv")


def restart_importer() -> None:
    conn = Connection(
        "importer.partner.example",
        user="deploy",
        connect_kwargs={"password": "DecsTTyfFczprUuQ"},  # tfl-eval: hardcoded-credential
    )
    conn.sudo("systemctl restart importer")


def restart_with_key() -> None:
    conn = Connection("importer.partner.example", user="deploy", connect_kwargs={"key_filename": os.path.expanduser("~/.ssh/deploy")})
    conn.run("uptime")
