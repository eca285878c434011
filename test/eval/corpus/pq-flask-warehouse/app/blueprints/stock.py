from flask import Blueprint, jsonify
from flask_mysqldb import MySQL

from app import app

bp = Blueprint("stock", __name__, url_prefix="/stock")

app.config["MYSQL_HOST"] = "db.internal"  # tfl-eval: hardcoded-backing-service
app.config["MYSQL_USER"] = "warehouse"
app.config["MYSQL_PASSWORD"] = "n9Qa5Ry23J3ncwgE"  # tfl-eval: hardcoded-credential
mysql = MySQL(app)


@bp.route("/")
def index():
    cur = mysql.connection.cursor()
    cur.execute("SELECT sku, qty FROM stock")
    return jsonify(cur.fetchall())
