import json
import os

from flask import Flask, jsonify, request

from .repository import NoteRepository

notes = NoteRepository()


def create_app():
    app = Flask(__name__)
    manifest = os.path.join(app.static_folder, "manifest.json")
    # The asset manifest, written once when the app starts.
    with open(manifest, "w") as fh:  # tfl-eval-not: memory-session-store
        json.dump({"version": os.environ.get("GIT_SHA", "dev")}, fh)

    @app.get("/notes")
    def list_notes():
        return jsonify(notes.find_for_user(request.headers["X-User"]))

    @app.post("/notes")
    def add_note():
        return jsonify(notes.create(request.headers["X-User"], request.json["text"])), 201

    return app
