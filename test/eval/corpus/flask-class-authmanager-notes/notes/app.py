import logging
import os

from flask import Flask, jsonify, request

from .auth import AuthManager
from .users import default_db

logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))


def create_app():
    app = Flask(__name__)
    auth = AuthManager(default_db())
    notes = {}  # tfl-eval: memory-session-store

    app.add_url_rule("/login", view_func=auth.login, methods=["POST"])
    app.add_url_rule("/logout", view_func=auth.logout, methods=["POST"])

    @app.get("/healthz")
    def healthz():
        return "ok"

    @app.post("/notes")
    @auth.required
    def add_note():
        notes.setdefault(auth.current_user(), []).append(request.get_json()["text"])
        return jsonify(ok=True), 201

    return app
