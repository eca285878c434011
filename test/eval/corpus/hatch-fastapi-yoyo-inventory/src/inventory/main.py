import structlog
from fastapi import FastAPI, HTTPException

from inventory.db import connection

log = structlog.get_logger()
app = FastAPI(title="inventory")


@app.get("/items/{sku}")
def get_item(sku: str):
    with connection() as conn:
        row = conn.execute("SELECT sku, name, on_hand FROM items WHERE sku = %s", (sku,)).fetchone()
    if row is None:
        raise HTTPException(status_code=404, detail="unknown SKU")
    log.info("item.read", sku=sku)
    return {"sku": row[0], "name": row[1], "on_hand": row[2]}
