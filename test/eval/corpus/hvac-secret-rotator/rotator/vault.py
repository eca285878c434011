import os

import hvac

VAULT_ADDR = os.environ.get("VAULT_ADDR", "https://vault.ops.internal:8200")

# Bootstrap client: only reads the rotation role's AppRole secret id, then logs in with it.
bootstrap = hvac.Client(url=VAULT_ADDR, token="hvs.FurvfaACtbTS7Q6e8sJq2qJ3")  # tfl-eval: hardcoded-credential


def rotation_client() -> hvac.Client:
    client = hvac.Client(url=VAULT_ADDR)
    client.auth.approle.login(role_id="7b0338fb-2fad-4244-a87a-3473475f3c71", secret_id="002844ec-78e6-4007-96b9-5062223af666")  # tfl-eval: hardcoded-credential
    return client


def current(path: str) -> dict:
    client = rotation_client()
    return client.secrets.kv.v2.read_secret_version(path=path)["data"]["data"]
