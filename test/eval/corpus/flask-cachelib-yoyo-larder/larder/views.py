from flask import Blueprint, jsonify, request, session

bp = Blueprint("larder", __name__)


@bp.post("/basket")
def add_to_basket():
    basket = session.setdefault("basket", [])
    basket.append(request.json["item"])
    session.modified = True
    return jsonify(basket=basket)
