import datetime
from typing import Iterator

import shopify
from pydantic import BaseModel

SHOP_URL = "acme-outdoor.myshopify.com"
API_VERSION = "2024-07"
ACCESS_TOKEN = "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"  # tfl-eval: hardcoded-credential


class Order(BaseModel):
    id: int
    total_price: str
    created_at: datetime.datetime


def fetch_orders(day: datetime.date) -> Iterator[Order]:
    session = shopify.Session(SHOP_URL, API_VERSION, ACCESS_TOKEN)
    shopify.ShopifyResource.activate_session(session)
    page = shopify.Order.find(created_at_min=day.isoformat(), limit=250, status="any")
    while True:
        for order in page:
            yield Order(id=order.id, total_price=order.total_price, created_at=order.created_at)
        if not page.has_next_page():
            break
        page = page.next_page()
