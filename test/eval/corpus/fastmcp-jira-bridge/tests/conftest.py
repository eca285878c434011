import os

os.environ.setdefault("JIRA_API_TOKEN", "test-token-not-real")
os.environ.setdefault("JIRA_EMAIL", "ci@example.com")
