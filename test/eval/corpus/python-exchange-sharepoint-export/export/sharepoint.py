"""Uploads files to the on-premises and the online document libraries."""
import os

import requests
from office365.runtime.auth.authentication_context import AuthenticationContext
from office365.runtime.auth.client_credential import ClientCredential
from office365.sharepoint.client_context import ClientContext
from requests_ntlm import HttpNtlmAuth

ONPREM = "https://intranet.acme-finance.example/sites/finance"
ONLINE = "https://acmefinance.sharepoint.com/sites/finance"


def onprem_session():
    session = requests.Session()
    session.auth = HttpNtlmAuth("ACME\\svc-export", "pakNeVWjB8616F6we5ne")  # tfl-eval: hardcoded-credential
    return session


def onprem_session_for(user, password):
    session = requests.Session()
    session.auth = HttpNtlmAuth(user, password)  # tfl-eval-not: hardcoded-credential
    return session


def online_context():
    ctx_auth = AuthenticationContext(ONLINE)
    ctx_auth.acquire_token_for_user("svc-export@acme-finance.example", "ObBM7kWXJszVnG9otINM")  # tfl-eval: hardcoded-credential
    return ClientContext(ONLINE, ctx_auth)


def app_context():
    credentials = ClientCredential("bc60ed7e-0389-4c0b-a2c2-ed442dadaf11", "n6eckcjiEWnkhpIv0Cbh")  # tfl-eval: hardcoded-credential
    return ClientContext(ONLINE).with_credentials(credentials)


def app_context_from_env():
    credentials = ClientCredential(os.environ["SP_CLIENT_ID"], os.environ["SP_CLIENT_SECRET"])  # tfl-eval-not: hardcoded-credential
    return ClientContext(ONLINE).with_credentials(credentials)
