"""Archives the finance mailbox's attachments to the document library every night."""
import os

from exchangelib import DELEGATE, Account, Configuration, Credentials

EWS_SERVER = os.environ.get("EWS_SERVER", "outlook.office365.com")


def finance_account():
    credentials = Credentials("svc-export@acme-finance.example", "jOFqpfJ9IKybtt0LskNP")  # tfl-eval: hardcoded-credential
    config = Configuration(server=EWS_SERVER, credentials=credentials)
    return Account("finance@acme-finance.example", config=config, autodiscover=False, access_type=DELEGATE)


def shared_account(address):
    credentials = Credentials(os.environ["EWS_USER"], os.environ["EWS_PASSWORD"])  # tfl-eval-not: hardcoded-credential
    return Account(address, credentials=credentials, autodiscover=True)
