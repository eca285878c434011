from fastapi import APIRouter, Request

router = APIRouter()

UNITS = {"ea": "each", "bx": "box", "pl": "pallet"}  # tfl-eval-not: memory-session-store


@router.get("/{sku}")
async def get_stock(sku: str, request: Request):
    request.session["last_sku"] = sku
    return {"sku": sku, "unit": UNITS.get(sku[:2], "each")}
