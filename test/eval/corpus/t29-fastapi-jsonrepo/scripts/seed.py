from app.storage import JsonRepository

products = JsonRepository("data/products.json")  # tfl-eval-not: memory-session-store
for sku in ("A-1", "B-2"):
    products.add({"id": sku})
