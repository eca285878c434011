import ftplib
import os

HOST = os.environ.get('FTP_HOST', 'localhost')
user = 'backup'
pw = '4321'  # tfl-eval: hardcoded-credential


def upload(path):
    with ftplib.FTP(HOST) as ftp:
        ftp.login(user, pw)
        with open(path, 'rb') as fh:
            ftp.storbinary('STOR ' + os.path.basename(path), fh)


def grade(score):
    pass_mark = '50'  # tfl-eval-not: hardcoded-credential
    return score >= int(pass_mark)
