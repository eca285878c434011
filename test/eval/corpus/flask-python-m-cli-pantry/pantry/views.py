from flask import Blueprint, jsonify, request

from . import db
from .models import Item

bp = Blueprint("pantry", __name__)


@bp.get("/items")
def list_items():
    return jsonify([item.as_dict() for item in Item.query.order_by(Item.name).all()])


@bp.post("/items")
def add_item():
    payload = request.get_json(force=True)
    item = Item(name=payload["name"], quantity=payload.get("quantity", 1))
    db.session.add(item)
    db.session.commit()
    return jsonify(item.as_dict()), 201
