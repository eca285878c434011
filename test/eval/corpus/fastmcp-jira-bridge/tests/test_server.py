import httpx
import respx

from jira_bridge import server


@respx.mock
def test_get_issue(monkeypatch):
    monkeypatch.setenv("JIRA_API_TOKEN", "dummy-token")
    respx.get("https://acme.atlassian.net/rest/api/3/issue/OPS-1").mock(
        return_value=httpx.Response(200, json={"key": "OPS-1", "fields": {"summary": "Disk full"}})
    )
    assert server.get_issue("OPS-1") == "OPS-1: Disk full"
