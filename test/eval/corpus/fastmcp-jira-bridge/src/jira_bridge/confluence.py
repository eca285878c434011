from atlassian import Confluence

# TODO(ops-412): move to the vault with the Jira token
confluence = Confluence(
    url="https://acme.atlassian.net/wiki",
    username="svc-confluence@acme.io",
    password="ATATT3xFfGF0Wh8Z4uyoVdPJiebnqp3OEyr9rD7nXzASH2zq0LmYtR5vKc1bN8dE3fG6hJ9kL2mP4sT7wX0yZ=4F1A2B3C",  # tfl-eval: hardcoded-credential
    cloud=True,
)


def page_summary(issue_key: str) -> str:
    results = confluence.cql(f'text ~ "{issue_key}"', limit=1)
    pages = results.get("results", [])
    return pages[0]["title"] if pages else "(no page)"
