import httpx
import respx

from integrations import crm


@respx.mock
def test_contacts_uses_basic_auth():
    route = respx.get(crm.CRM_BASE + "/contacts").mock(return_value=httpx.Response(200, json={"data": []}))
    client = httpx.Client(base_url=crm.CRM_BASE, auth=("tester", "not-the-real-password"))  # tfl-eval-not: hardcoded-credential
    client.get("/contacts")
    assert route.called
