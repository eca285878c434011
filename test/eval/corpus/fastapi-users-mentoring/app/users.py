import os
import uuid

from fastapi_users import BaseUserManager, FastAPIUsers, UUIDIDMixin
from fastapi_users.authentication import AuthenticationBackend, CookieTransport, JWTStrategy
from httpx_oauth.clients.github import GitHubOAuth2
from httpx_oauth.clients.google import GoogleOAuth2

SECRET = "2d1e1d73c58fdd2307ec4324306a5158f01e322c22abeef32efa9d6e9a17dfcf"  # tfl-eval: hardcoded-credential

google_oauth_client = GoogleOAuth2("595375665166-a7jrjjxg8e02gp9x8qaxn2l67y1gby1h.apps.googleusercontent.com", "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")  # tfl-eval: hardcoded-credential
github_oauth_client = GitHubOAuth2(os.environ["GITHUB_CLIENT_ID"], os.environ["GITHUB_CLIENT_SECRET"])  # tfl-eval-not: hardcoded-credential


class UserManager(UUIDIDMixin, BaseUserManager):
    reset_password_token_secret = SECRET  # tfl-eval-not: hardcoded-credential
    verification_token_secret = SECRET  # tfl-eval-not: hardcoded-credential


cookie_transport = CookieTransport(cookie_name="mentoring", cookie_max_age=3600)


def get_jwt_strategy() -> JWTStrategy:
    return JWTStrategy(secret="cm-M-k-drdJzRwcGprsdH_mtCYId10_XjBHiTcMO", lifetime_seconds=3600)  # tfl-eval: hardcoded-credential


auth_backend = AuthenticationBackend(name="jwt", transport=cookie_transport, get_strategy=get_jwt_strategy)
