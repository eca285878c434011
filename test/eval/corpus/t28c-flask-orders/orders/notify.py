import ftplib
import os
import smtplib
from email.message import EmailMessage

import paramiko


def mail_receipt(to, body):
    msg = EmailMessage()
    msg["To"] = to
    msg["Subject"] = "Seu pedido"
    msg.set_content(body)
    server = smtplib.SMTP_SSL("smtp.163.com", 465)  # tfl-eval: hardcoded-backing-service
    server.login("loja_pedidos@163.com", "anrczbetqplcmiag")  # tfl-eval: hardcoded-credential
    server.send_message(msg)
    server.quit()


def mail_ops(body):
    server = smtplib.SMTP("smtp.internal", 587)  # tfl-eval: hardcoded-backing-service
    server.starttls()
    server.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])  # tfl-eval-not: hardcoded-credential
    server.sendmail("ops@example.org", ["ops@example.org"], body)


def upload_feed(path):
    ftp = ftplib.FTP("feeds.partner.example", "lojafeed", "wIVjvQPYyEDtcnr2")  # tfl-eval: hardcoded-credential
    with open(path, "rb") as fh:
        ftp.storbinary("STOR feed.csv", fh)
    ftp.quit()


def pull_invoices():
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect("sftp.partner.example", username="loja", password="xodpyrTyQJgKrZol")  # tfl-eval: hardcoded-credential
    sftp = client.open_sftp()
    sftp.get("/out/invoices.csv", "/tmp/invoices.csv")
    client.close()


def anonymous_mirror():
    ftp = ftplib.FTP("mirror.example.org")
    ftp.login()  # tfl-eval-not: hardcoded-credential
    ftp.login("anonymous", "guest@")  # tfl-eval-not: hardcoded-credential
    ftp.quit()
