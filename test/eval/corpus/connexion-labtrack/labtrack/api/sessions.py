"""Browser sign-in for the lab bench UI."""
from http import HTTPStatus

from flask import session

from labtrack.auth import issue_token

# Who is signed in at which bench: kept here so the UI can show "busy" badges.
active_benches: dict[str, str] = {}  # tfl-eval: memory-session-store


def login(body: dict):
    user = body["username"]
    session["user"] = user
    active_benches[body["bench_id"]] = user
    return {"access_token": issue_token(user, ["samples:read", "samples:write"]), "token_type": "bearer"}, HTTPStatus.OK  # tfl-eval-not: hardcoded-credential
