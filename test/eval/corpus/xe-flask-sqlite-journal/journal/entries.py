from flask import Blueprint

bp = Blueprint("entries", __name__)


@bp.route("/")
def index():
    return "entries"
