"""Cuts a release: tags GitLab, triggers Jenkins, files the Jira ticket, posts the notes."""
import os
import sys

import gitlab
import jenkins
from atlassian import Confluence
from github import Auth, Github
from jira import JIRA

JENKINS_URL = "https://ci.acme-logistics.example"

server = jenkins.Jenkins(JENKINS_URL, username="release-bot", password="9860f6fe2a9dfc9d1008d8fc9388b273f5")  # tfl-eval: hardcoded-credential
gl = gitlab.Gitlab("https://gitlab.acme-logistics.example", private_token="glpat-Fh8XvNIpOUP7AOgZQ5XA")  # tfl-eval: hardcoded-credential
gl_ci = gitlab.Gitlab("https://gitlab.acme-logistics.example", job_token=os.environ["CI_JOB_TOKEN"])  # tfl-eval-not: hardcoded-credential
tracker = JIRA(server="https://acme-logistics.atlassian.net", basic_auth=("release-bot@acme-logistics.example", "ATATT3xFfGF057opkOikcI5RedzHnlHF4T0DJrmAXLKUacEZFqzpQ5OscMiUtHTwPHXGg0f59sHFRauxqbx0mlVeaWcalWgdUe8iVrCh2m0tUhYoBl8jidhKoI7gr42ZKvKqi6AofVy23mX9Le1QXwCBPi2ZW9erfSsKWLIIIIcGCc5q7AUNCt20E7bpAzhs=4IS7Y8OG"))  # tfl-eval: hardcoded-credential
wiki = Confluence(url="https://acme-logistics.atlassian.net/wiki", username="release-bot@acme-logistics.example", password="80AtugDJ1JdD2zncDDp0pglr", cloud=True)  # tfl-eval: hardcoded-credential
gh = Github(auth=Auth.Token("ghp_9q4gK8kA5GS3Cgjytnrvkj1UFnX53WFMesYj"))  # tfl-eval: hardcoded-credential


def main(version: str) -> int:
    project = gl.projects.get("platform/dispatch")
    project.tags.create({"tag_name": version, "ref": "main"})
    server.build_job("dispatch-release", {"VERSION": version})
    issue = tracker.create_issue(project="REL", summary=f"Release {version}", issuetype={"name": "Task"})
    wiki.create_page(space="REL", title=f"Dispatch {version}", body=f"<p>{issue.key}</p>")
    gh.get_repo("acme-logistics/dispatch-mirror").create_git_release(version, version, "")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
