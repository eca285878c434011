from flask import Blueprint, jsonify, request, session

bp = Blueprint("surveys", __name__)

QUESTION_TYPES = ("single", "multiple", "scale", "free_text")  # tfl-eval-not: memory-session-store


@bp.post("/answers")
def answer():
    session["answered"] = session.get("answered", 0) + 1
    return jsonify(ok=True, answered=session["answered"], payload=request.json)
