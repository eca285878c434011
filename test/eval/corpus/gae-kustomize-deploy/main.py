import os

from google.cloud import secretmanager
from ledger.wsgi import application as app


def secret(name: str) -> str:
    client = secretmanager.SecretManagerServiceClient()
    path = f"projects/{os.environ['GOOGLE_CLOUD_PROJECT']}/secrets/{name}/versions/latest"
    return client.access_secret_version(name=path).payload.data.decode()  # tfl-eval-not: hardcoded-credential
