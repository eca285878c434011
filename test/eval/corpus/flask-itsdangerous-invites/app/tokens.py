"""Signed invite and unsubscribe tokens."""
from flask import current_app
from itsdangerous import BadSignature, URLSafeSerializer, URLSafeTimedSerializer

# Unsubscribe links in mails sent before 2023 were signed with this; they must keep working.
LEGACY_UNSUBSCRIBE = URLSafeSerializer("KleIUomaYxIWqtBlQR4rTJxW", salt="unsubscribe")  # tfl-eval: hardcoded-credential


def invite_serializer():
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="invite")  # tfl-eval-not: hardcoded-credential


def make_invite(email, team_id):
    return invite_serializer().dumps({"email": email, "team": team_id})


def read_invite(token):
    try:
        return invite_serializer().loads(token, max_age=current_app.config["INVITE_MAX_AGE"])
    except BadSignature:
        return None


def read_legacy_unsubscribe(token):
    return LEGACY_UNSUBSCRIBE.loads(token)
