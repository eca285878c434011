from flask import Blueprint, render_template

bp = Blueprint('notes', __name__)


@bp.route('/')
def index():
    return render_template('index.html')
