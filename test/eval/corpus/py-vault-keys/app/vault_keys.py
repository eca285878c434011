import os

import hvac

KEY_JWT_SECRET = "jwt_secret"  # tfl-eval-not: hardcoded-credential
FIELD_API_TOKEN = "api_token"  # tfl-eval-not: hardcoded-credential
ENV_SESSION_SECRET = "session_secret"  # tfl-eval-not: hardcoded-credential


def load(client: hvac.Client) -> dict:
    data = client.secrets.kv.v2.read_secret_version(path="billing")["data"]["data"]
    return {"jwt": data[KEY_JWT_SECRET], "api": data.get(FIELD_API_TOKEN), "session": os.getenv(ENV_SESSION_SECRET)}
