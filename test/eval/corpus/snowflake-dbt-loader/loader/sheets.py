import gspread

# Finance's targets sheet; the service account only has viewer access to it.
CREDENTIALS = {
    "type": "service_account",
    "project_id": "finance-targets",
    "private_key_id": "3100283fb7657c16bf1fd4ec3b14a799c775e935",  # tfl-eval-not: hardcoded-credential (the id of the key, sent in every JWT header)
    "private_key": "-----BEGIN PRIVATE KEY-----\nMIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQDxfNxtuM6VU97P6gVpFTt8EpCuEA2ozPxAIyIfXjMK8H9C6rMVjksTvoKjzP6VR0g\n-----END PRIVATE KEY-----\n",  # tfl-eval: hardcoded-credential
    "client_email": "targets-reader@finance-targets.iam.gserviceaccount.com",
    "token_uri": "https://oauth2.googleapis.com/token",
}

gc = gspread.service_account_from_dict(CREDENTIALS)


def targets():
    return gc.open("FY targets").sheet1.get_all_records()
