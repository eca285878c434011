from flask import Blueprint, jsonify

bp = Blueprint("notes", __name__)


@bp.get("/notes")
def list_notes():
    return jsonify([])
