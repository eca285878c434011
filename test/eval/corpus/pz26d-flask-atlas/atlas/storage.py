import os

import paramiko
import psycopg2


def open_db(host, user, password, dbname="atlas"):
    return psycopg2.connect(host=host, user=user, password=password, dbname=dbname)


def sftp_client(host, username, passphrase):
    transport = paramiko.Transport((host, 22))
    transport.connect(username=username, password=passphrase)
    return paramiko.SFTPClient.from_transport(transport)


def password_field(label, password_placeholder):
    return {"label": label, "placeholder": password_placeholder}


reports_db = open_db("reports.atlas.internal", "atlas_ro", "GkiD8Q7WufnZ")  # tfl-eval: hardcoded-credential
tiles = sftp_client("tiles.atlas.internal", "atlas", os.environ["TILES_SFTP_PASSWORD"])  # tfl-eval-not: hardcoded-credential
field = password_field("Password", "at least 12 characters")  # tfl-eval-not: hardcoded-credential
