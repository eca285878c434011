from azure.storage.blob import BlobServiceClient

BLOB_SETTINGS = {
    "account_name": "depotmanifests",
    "account_key": "hD5thY2SuN3G9NvIzXQxIArEqvcM5Dsb5nf2hCzWXEqaLpfIszYe0qeljbHbLjptAtugB/kMSOYTtifjroTmcQ==",  # tfl-eval: hardcoded-credential
    "container": "manifests",
}

ARCHIVE = {
    "endpoint": "https://depotarchive.blob.core.windows.net",
    "key": "bq3Ijj6HeyqijB4RCaPmbU9JCyyHlm9EFIZ5yeSj+YztTXOFZp5VrYAciyj8SEqDWRdn6E4GNThOK0OALfcRpQ==",  # tfl-eval: hardcoded-credential
}

LABELS = {"key": "account_key", "name": "account_name"}  # tfl-eval-not: hardcoded-credential


def client():
    url = f"https://{BLOB_SETTINGS['account_name']}.blob.core.windows.net"
    return BlobServiceClient(account_url=url, credential=BLOB_SETTINGS["account_key"])
