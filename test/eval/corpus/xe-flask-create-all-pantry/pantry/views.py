from flask import Blueprint, jsonify

from .models import Item

bp = Blueprint("items", __name__)


@bp.get("/items")
def items():
    return jsonify([item.name for item in Item.query.all()])
