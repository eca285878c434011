import firebase_admin
from firebase_admin import credentials, messaging

# The service account, pasted inline when the JSON file kept getting lost on deploys.
cred = credentials.Certificate({
    "type": "service_account",
    "project_id": "corp-directory-7f3a1",
    "private_key_id": "b489288174d3e267e7786a2a1af83d95815c2061", # tfl-eval-not: hardcoded-credential (the id of the key)
    "private_key": "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7uMp5ZEArSKba\n-----END PRIVATE KEY-----\n", # tfl-eval: hardcoded-credential
    "client_email": "directory-push@corp-directory-7f3a1.iam.gserviceaccount.com",
    "client_id": "104923857720163947521",
    "token_uri": "https://oauth2.googleapis.com/token",
})
firebase_admin.initialize_app(cred)


def notify(token: str, title: str) -> str:
    return messaging.send(messaging.Message(token=token, notification=messaging.Notification(title=title)))
