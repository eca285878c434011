from flask import request, make_response
from itsdangerous import URLSafeTimedSerializer

AUTH_TOKEN_KEY = "notes_auth_token"  # tfl-eval-not: hardcoded-credential
API_TOKEN_HEADER = "x-notes-api-token"  # tfl-eval-not: hardcoded-credential
SIGNING_SECRET = "sko7FFiAYWm0EQ5Vv8NLfs3Prxyn1xHr"  # tfl-eval: hardcoded-credential

serializer = URLSafeTimedSerializer(SIGNING_SECRET)


def current_user():
    token = request.cookies.get(AUTH_TOKEN_KEY) or request.headers.get(API_TOKEN_HEADER)
    if not token:
        return None
    return serializer.loads(token, max_age=3600)


def login_response(user_id):
    resp = make_response({"ok": True})
    resp.set_cookie(AUTH_TOKEN_KEY, serializer.dumps(user_id), httponly=True)
    return resp


def logout_response():
    resp = make_response({"ok": True})
    resp.delete_cookie(AUTH_TOKEN_KEY)
    return resp
