import ftplib
import smtplib

import pysftp
import requests
import tornado.web

settings = dict(
    cookie_secret="zgQvnj350FhBPgWG2zTi/nnrgRC1KX2Q7+HGixRVffc=",  # tfl-eval: hardcoded-credential
    login_url="/login",
    xsrf_cookies=True,
)


def push_report(path: str) -> None:
    with ftplib.FTP("ftp.partner.example.com", "acme_reports", "BRJ2oZut22VB5n") as ftp:  # tfl-eval: hardcoded-credential
        with open(path, "rb") as fh:
            ftp.storbinary(f"STOR {path}", fh)


def push_sftp(path: str) -> None:
    with pysftp.Connection("sftp.partner.example.com", username="acme", password="hm0vM3d1Ewip1v") as sftp:  # tfl-eval: hardcoded-credential
        sftp.put(path)


def alert(text: str) -> None:
    server = smtplib.SMTP("smtp.office365.com", 587)  # tfl-eval: hardcoded-backing-service
    server.starttls()
    server.login("alerts@example.com", "QadxCA#9bo7hWF")  # tfl-eval: hardcoded-credential
    server.sendmail("alerts@example.com", ["ops@example.com"], text)


def mailgun(text: str) -> None:
    requests.post(
        "https://api.mailgun.net/v3/mg.example.com/messages",
        auth=("api", "c45a5b731554eaed91c2aeefff294cc4-69fcb8c0-02b757ec"),  # tfl-eval: hardcoded-credential
        data={"from": "ops@mg.example.com", "to": "ops@example.com", "text": text},
    )


class LoginHandler(tornado.web.RequestHandler):
    def post(self):
        if self.get_argument("password") == "h2VuFNOi47hC":  # tfl-eval: hardcoded-credential
            self.set_secure_cookie("user", self.get_argument("user"))
        self.redirect("/")


def make_app():
    return tornado.web.Application([(r"/login", LoginHandler)], **settings)
