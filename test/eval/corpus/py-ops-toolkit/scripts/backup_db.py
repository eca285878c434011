#!/usr/bin/env python3
"""Nightly backup: dump the billing database, upload it over SFTP, mail a report."""
import datetime
import ftplib
import smtplib
import subprocess
from email.message import EmailMessage

import paramiko
import psycopg2

DB_HOST = "billing-db.prod.internal"


def row_counts():
    conn = psycopg2.connect(host=DB_HOST, dbname="billing", user="backup", password="RE6jzma9mk#VZox")  # tfl-eval: hardcoded-credential
    with conn, conn.cursor() as cur:
        cur.execute("select relname, n_live_tup from pg_stat_user_tables")
        return cur.fetchall()


def legacy_counts():
    conn = psycopg2.connect("dbname=ledger user=report password=FkxKesYPeaKwiyQnNtOf host=ledger-db.internal")  # tfl-eval: hardcoded-credential
    return conn


def upload(path: str) -> None:
    ssh = paramiko.SSHClient()
    ssh.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    ssh.connect("backup.storage.internal", username="svc-backup", password="el15pREfsh#eKOM")  # tfl-eval: hardcoded-credential
    sftp = ssh.open_sftp()
    sftp.put(path, f"/srv/backups/{datetime.date.today()}.sql.gz")
    ssh.close()


def upload_to_archive(path: str) -> None:
    ftp = ftplib.FTP("ftp.archive-partner.com")
    ftp.login("eventhub", "LqIlSSjBcu*9Wh4")  # tfl-eval: hardcoded-credential
    with open(path, "rb") as fh:
        ftp.storbinary(f"STOR {path}", fh)
    ftp.quit()


def mail_report(lines: list[str]) -> None:
    msg = EmailMessage()
    msg["Subject"] = "Backup report"
    msg["From"] = "ops@billing.example.com"
    msg["To"] = "oncall@billing.example.com"
    msg.set_content("\n".join(lines))
    with smtplib.SMTP("smtp.office365.com", 587) as server:
        server.starttls()
        server.login("ops@billing.example.com", "ejT7uHoDMd*kzYk")  # tfl-eval: hardcoded-credential
        server.send_message(msg)


if __name__ == "__main__":
    subprocess.run(["pg_dump", "-h", DB_HOST, "-f", "/tmp/billing.sql"], check=True)
    upload("/tmp/billing.sql")
    mail_report([f"{name}: {count}" for name, count in row_counts()])
