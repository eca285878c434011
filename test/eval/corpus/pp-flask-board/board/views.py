import os
import secrets
import uuid

from flask import Blueprint, jsonify, request, session, url_for

from .db import db
from .models import Invite, User

bp = Blueprint("board", __name__)


@bp.get("/form")
def form():
    session["csrf_token"] = secrets.token_hex(16)  # tfl-eval-not: per-process-secret
    return jsonify(csrf=session["csrf_token"])


@bp.post("/invites")
def create_invite():
    token = secrets.token_urlsafe(24)  # tfl-eval-not: per-process-secret
    invite = Invite(token=token, email=request.json["email"])
    db.session.add(invite)
    db.session.commit()
    return jsonify(link=url_for("board.accept", token=token, _external=True)), 201


@bp.post("/password-reset")
def password_reset():
    user = User.query.filter_by(email=request.json["email"]).first_or_404()
    user.reset_token = secrets.token_urlsafe(32)  # tfl-eval-not: per-process-secret
    user.reset_salt = os.urandom(16)  # tfl-eval-not: per-process-secret
    db.session.commit()
    return "", 204


@bp.get("/accept/<token>")
def accept(token):
    return jsonify(request_id=str(uuid.uuid4()), token_ok=Invite.query.filter_by(token=token).count() == 1)  # tfl-eval-not: per-process-secret
