import httpx
from mcp.server.fastmcp import FastMCP

from .confluence import page_summary
from .llm import summarise
from .settings import settings

mcp = FastMCP("jira-bridge", instructions="Look up Jira issues. Never echo the API token.")


def _client() -> httpx.Client:
    return httpx.Client(
        base_url=settings.base_url,
        auth=(settings.email, settings.api_token.get_secret_value()),
        headers={"Accept": "application/json"},
        timeout=20,
    )


@mcp.tool()
def get_issue(key: str) -> str:
    """Fetch one issue by key, e.g. OPS-123."""
    with _client() as client:
        issue = client.get(f"/rest/api/3/issue/{key}").json()
    return f"{issue['key']}: {issue['fields']['summary']}"


@mcp.tool()
def summarise_issue(key: str) -> str:
    """Summarise an issue and its linked Confluence page."""
    return summarise(get_issue(key) + "\n" + page_summary(key))


def main() -> None:
    mcp.run(transport="stdio")


if __name__ == "__main__":
    main()
