import json
import uuid
from pathlib import Path

from fastapi import FastAPI

from .repositories import carts, orders

app = FastAPI()

# The OpenAPI document, written once at import for the static docs site.
Path("static").mkdir(exist_ok=True)
with open("static/openapi.json", "w") as fh:  # tfl-eval-not: memory-session-store
    json.dump(app.openapi(), fh)


@app.post("/orders")
def place_order(body: dict):
    return orders.add({"id": uuid.uuid4().hex, **body})


@app.get("/carts/{cart_id}")
def show_cart(cart_id: str):
    return carts.get(cart_id) or {"items": []}
