import httpx

CRM_BASE = "https://crm.vendor.example/api/v3"

# The CRM's service user; the vendor only offers basic auth on the v3 API.
crm = httpx.Client(base_url=CRM_BASE, auth=httpx.BasicAuth("svc-integrations", "YNYU1kKm01HjFgqJ"), timeout=20)  # tfl-eval: hardcoded-credential
reports = httpx.Client(base_url=CRM_BASE + "/reports", auth=("reports", "wss4IvWJBJGaHPJY"))  # tfl-eval: hardcoded-credential


def contacts(since: str) -> list[dict]:
    resp = crm.get("/contacts", params={"updated_since": since})
    resp.raise_for_status()
    return resp.json()["data"]
