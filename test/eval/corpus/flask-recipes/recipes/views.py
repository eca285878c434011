from flask import Blueprint, jsonify, request
import requests  # tfl-eval: undeclared-dependency
from markdown import markdown  # tfl-eval: undeclared-dependency

from . import db
from .models import Recipe

bp = Blueprint("recipes", __name__)


@bp.get("/recipes/<int:recipe_id>")
def show(recipe_id):
    recipe = Recipe.query.get_or_404(recipe_id)
    return jsonify(id=recipe.id, title=recipe.title, body=markdown(recipe.body))


@bp.post("/recipes/import")
def import_recipe():
    url = request.json["url"]
    page = requests.get(url, timeout=10)
    recipe = Recipe(title=page.url, body=page.text[:10000])
    db.session.add(recipe)
    db.session.commit()
    return jsonify(id=recipe.id), 201
