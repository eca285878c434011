from requests_oauthlib import OAuth2Session

CLIENT_ID = "8d1c2b7e-calendar-sync"
TOKEN_URL = "https://login.calendar.example/oauth2/token"
AUTHORIZE_URL = "https://login.calendar.example/oauth2/authorize"
SCOPES = ["calendar.read", "calendar.write"]


def session(state: str | None = None) -> OAuth2Session:
    return OAuth2Session(CLIENT_ID, scope=SCOPES, redirect_uri="https://integrations.acme.example/callback", state=state)


def exchange(oauth: OAuth2Session, authorization_response: str) -> dict:
    return oauth.fetch_token(TOKEN_URL, authorization_response=authorization_response, client_secret="MYQcB4ZoqovXBBAk5t6bgDYU48kF")  # tfl-eval: hardcoded-credential
