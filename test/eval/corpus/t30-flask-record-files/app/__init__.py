import json
import os
import tempfile
import uuid

from flask import Flask, abort, jsonify, request

app = Flask(__name__)

BASE_DIR = os.path.dirname(os.path.abspath(__file__))
TICKETS_DIR = os.path.join(BASE_DIR, "data", "tickets")
EXPORT_DIR = os.environ.get("EXPORT_DIR", "/srv/exports")


@app.post("/tickets")
def open_ticket():
    ticket_id = uuid.uuid4().hex
    with open(os.path.join(TICKETS_DIR, f"{ticket_id}.json"), "w") as fh:  # tfl-eval: memory-session-store
        json.dump({"id": ticket_id, **request.get_json()}, fh)
    return jsonify(id=ticket_id), 201


@app.get("/tickets/<ticket_id>")
def show_ticket(ticket_id):
    path = os.path.join(TICKETS_DIR, f"{ticket_id}.json")
    if not os.path.exists(path):
        abort(404)
    with open(path) as fh:
        return jsonify(json.load(fh))


@app.post("/exports/<name>")
def export(name):
    with open(os.path.join(EXPORT_DIR, f"{name}.json"), "w") as fh:  # tfl-eval-not: memory-session-store
        json.dump(request.get_json(), fh)
    with open(os.path.join(EXPORT_DIR, f"{name}.json")) as fh:
        return jsonify(json.load(fh))


@app.post("/scratch")
def scratch():
    target = os.path.join(tempfile.gettempdir(), f"{uuid.uuid4().hex}.json")
    with open(target, "w") as fh:  # tfl-eval-not: memory-session-store
        json.dump(request.get_json(), fh)
    with open(target) as fh:
        return jsonify(json.load(fh))
