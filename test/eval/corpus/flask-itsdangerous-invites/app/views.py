from flask import Blueprint, abort, jsonify, request

from . import tokens

bp = Blueprint("invites", __name__)


@bp.post("/invites")
def create_invite():
    body = request.get_json()
    return jsonify(token=tokens.make_invite(body["email"], body["team"])), 201


@bp.get("/invites/<token>")
def show_invite(token):
    data = tokens.read_invite(token)
    if data is None:
        abort(404)
    return jsonify(data)
