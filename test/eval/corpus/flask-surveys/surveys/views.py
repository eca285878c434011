import secrets
from functools import lru_cache

from flask import Blueprint, jsonify, request, session

from surveys import db
from surveys.models import Answer, Survey

bp = Blueprint("surveys", __name__)

# Question templates never change at runtime; loaded once per process.
TEMPLATES = {
    "nps": "How likely are you to recommend us to a friend?",
    "csat": "How satisfied were you with your visit?",
}


@lru_cache(maxsize=128)
def template_text(kind: str) -> str:
    return TEMPLATES.get(kind, "")


@bp.get("/healthz")
def healthz():
    return {"status": "ok"}


@bp.post("/surveys")
def create_survey():
    survey = Survey(title=request.json["title"], share_token=secrets.token_hex(16))
    db.session.add(survey)
    db.session.commit()
    session["last_survey"] = survey.id
    return jsonify(id=survey.id, token=survey.share_token), 201


@bp.post("/surveys/<token>/answers")
def answer(token: str):
    survey = Survey.query.filter_by(share_token=token).first_or_404()
    db.session.add(Answer(survey_id=survey.id, body=request.json["body"]))
    db.session.commit()
    return "", 204
