# JupyterHub for the data-science course (c = get_config() is implicit in this file).
import os

from oauthenticator.github import GitHubOAuthenticator

c.JupyterHub.bind_url = "http://:8000"
c.JupyterHub.hub_ip = "0.0.0.0"
c.JupyterHub.cookie_secret = bytes.fromhex("0977c3b3615592552b5bea0f2d5b39aa1892d3fdcd3716e488ea6745bebf035e")  # tfl-eval: hardcoded-credential
c.JupyterHub.db_url = "postgresql://jupyterhub:hGMWXrJ84SXnhsAb@hub-db:5432/jupyterhub"  # tfl-eval: hardcoded-credential, hardcoded-backing-service

c.JupyterHub.authenticator_class = GitHubOAuthenticator
c.GitHubOAuthenticator.oauth_callback_url = "https://hub.ds-course.org/hub/oauth_callback"
c.GitHubOAuthenticator.client_id = "Ov23liFkyeeSSmvVj66b"  # tfl-eval-not: hardcoded-credential
c.GitHubOAuthenticator.client_secret = "d625ee09e6872d7f76b43ce2374c8da6e1dc3742"  # tfl-eval: hardcoded-credential
c.GitHubOAuthenticator.allowed_organizations = {"ds-course-2025"}
c.GitHubOAuthenticator.scope = ["read:org"]

c.JupyterHub.spawner_class = "dockerspawner.DockerSpawner"
c.DockerSpawner.image = "quay.io/jupyter/datascience-notebook:2025-01-06"
c.DockerSpawner.network_name = os.environ.get("DOCKER_NETWORK_NAME", "jupyterhub")
c.DockerSpawner.environment = {
    "GRANT_SUDO": "no",
    "KAGGLE_USERNAME": "dscourse",
    "KAGGLE_KEY": "7f5f544ecf149a9af05e830c6e26cf50",  # tfl-eval: hardcoded-credential
}

c.JupyterHub.services = [
    {
        "name": "idle-culler",
        "api_token": "ed9d1b47c5523c2661b83239d35edf7e4505d771a3fd2f8bfed2a73233312f6f",  # tfl-eval: hardcoded-credential
        "command": ["python3", "-m", "jupyterhub_idle_culler", "--timeout=3600"],
    }
]
c.Authenticator.admin_users = {"prof-lindgren"}
