from pathlib import Path

import paramiko

DB_HOST = "db1.shop.internal" # tfl-eval: hardcoded-backing-service


def dump_database(target: Path) -> Path:
    ssh = paramiko.SSHClient()
    ssh.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    ssh.connect(DB_HOST, username="backup", password="vHkqdkl6Mc0p!EBG8D", timeout=30)  # tfl-eval: hardcoded-credential
    try:
        _, stdout, _ = ssh.exec_command("pg_dump -Fc shop | gzip")
        target.write_bytes(stdout.read())
    finally:
        ssh.close()
    return target
