from flask import Blueprint, jsonify, request

from .models import Note, db

bp = Blueprint("notes", __name__)


@bp.get("/notes")
def list_notes():
    return jsonify([{"id": n.id, "title": n.title} for n in Note.query.order_by(Note.created.desc())])


@bp.post("/notes")
def add_note():
    note = Note(title=request.json["title"], body=request.json.get("body", ""))
    db.session.add(note)
    db.session.commit()
    return jsonify({"id": note.id}), 201
