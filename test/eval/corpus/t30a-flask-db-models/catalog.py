from flask import jsonify

from extensions import db
from wsgi import app


class Product(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(120))


with app.app_context():
    db.create_all()  # tfl-eval: startup-migration


@app.get("/products")
def products():
    return jsonify([p.name for p in Product.query.all()])
