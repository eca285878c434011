import secrets

from flask import Blueprint, session

bp = Blueprint("main", __name__)


def _issue_share_token():
    return secrets.token_urlsafe(16)  # tfl-eval-not: per-process-secret


@bp.route("/share")
def share():
    session["share_token"] = _issue_share_token()
    return {"ok": True}
