"""Fetches the partners' price lists from their FTP drop and the legacy intranet."""
import urllib.request

import pymysql
import pysftp
import requests

PRICE_HOST = "sftp.partners.example.com"


def fetch_price_lists(target_dir: str) -> None:
    with pysftp.Connection(PRICE_HOST, username="pricelists", password="k9Fv2Qw7Zx4Lp1") as sftp:  # tfl-eval: hardcoded-credential
        sftp.get_d("/outgoing", target_dir)


def intranet_opener():
    manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    manager.add_password(None, "https://intranet.partners.example.com/", "svc-sync", "Tz8Wq3Mn6Bv1Kc")  # tfl-eval: hardcoded-credential
    return urllib.request.build_opener(urllib.request.HTTPBasicAuthHandler(manager))


def legacy_session() -> requests.Session:
    session = requests.Session()
    session.auth = ("legacy-sync", "Hr5Yd2Jk8Pw4Gs")  # tfl-eval: hardcoded-credential
    return session


def crm_db():
    return pymysql.connect("crm-db.internal", "crm_reader", "Vn3Cx7Bz1Qa9Lw", "crm")  # tfl-eval: hardcoded-credential
