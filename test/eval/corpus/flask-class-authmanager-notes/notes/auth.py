"""Login handling for the notes app."""
import secrets
from functools import wraps

from flask import abort, jsonify, request


class AuthManager:
    # token -> username, shared by every request this worker serves
    sessions = {}  # tfl-eval: memory-session-store
    # filled once at import from the users file; only read afterwards
    known_users = {}  # tfl-eval-not: memory-session-store
    _token_bytes = 24

    def __init__(self, user_db):
        self.user_db = user_db
        self.lookup_cache = {}  # tfl-eval-not: memory-session-store

    def login(self):
        body = request.get_json(force=True)
        user = self.user_db.check(body.get("username"), body.get("password"))
        if user is None:
            abort(401)
        token = secrets.token_urlsafe(self._token_bytes)
        self.sessions[token] = user.username
        return jsonify(token=token)

    def logout(self):
        token = request.headers.get("X-Auth-Token", "")
        AuthManager.sessions.pop(token, None)
        return "", 204

    def current_user(self):
        token = request.headers.get("X-Auth-Token", "")
        return self.sessions.get(token)

    def required(self, view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            if self.current_user() is None:
                abort(401)
            return view(*args, **kwargs)

        return wrapper
