from flask import Blueprint, jsonify

bp = Blueprint("recipes", __name__)


@bp.get("/recipes")
def list_recipes():
    return jsonify([])
