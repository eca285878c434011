from flask import Flask, jsonify, request

from .models import Item, Supplier, db
from .cache import PriceCache
from .plugins import Hooks

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite://"  # tfl-eval-not: memory-session-store
db.init_app(app)
Hooks.register("audit", print)


@app.post("/items")
def add_item():
    item = Item(name=request.json["name"])
    item.save()
    Supplier(request.json["supplier"]).save()
    PriceCache.save(item.name, request.json.get("price", 0))
    return jsonify(id=item.id), 201


@app.get("/items")
def list_items():
    return jsonify([i.name for i in Item.query.all()], [s.name for s in Supplier.all()], PriceCache.all())
