import requests
from requests.auth import HTTPBasicAuth

TOKEN_PATH = "/oauth/token"
PASSWORD_RESET_PATH = "/employees/{id}/password-reset"  # tfl-eval-not: hardcoded-credential


def token(base_url: str, client_id: str, client_secret: str) -> str:
    resp = requests.post(base_url + TOKEN_PATH, data={"grant_type": "client_credentials"}, auth=(client_id, client_secret), timeout=10)
    resp.raise_for_status()
    return resp.json()["access_token"]


def legacy_employees(base_url: str) -> list[dict]:
    # The v1 export still sits behind basic auth on the old HR box.
    resp = requests.get(base_url + "/v1/employees.json", auth=HTTPBasicAuth("export", "pRmmHyIACucsAdMD"), timeout=30)  # tfl-eval: hardcoded-credential
    resp.raise_for_status()
    return resp.json()


def badge_photos(base_url: str) -> bytes:
    resp = requests.get(base_url + "/v1/photos.zip", auth=("photos", "AtrimY8ihiNclWZg"), timeout=60)  # tfl-eval: hardcoded-credential
    return resp.content


def employees(base_url: str, access_token: str) -> list[dict]:
    resp = requests.get(base_url + "/employees", headers={"Authorization": f"Bearer {access_token}"}, timeout=30)  # tfl-eval-not: hardcoded-credential
    resp.raise_for_status()
    return resp.json()["items"]
