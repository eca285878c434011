from nameko.events import EventDispatcher
from nameko.rpc import rpc
from nameko.web.handlers import http
from nameko_sqlalchemy import DatabaseSession
import easypost

from .models import Base, Order

easypost.api_key = "EZAKd5bac5638703f0ff8db0777087c01931e2a614a420ae09ef264d094ebf"  # tfl-eval: hardcoded-credential


class OrdersService:
    name = "orders"

    db = DatabaseSession(Base)
    dispatch = EventDispatcher()

    @rpc
    def create_order(self, customer_id, lines):
        order = Order(customer_id=customer_id, lines=lines, status="pending")
        self.db.add(order)
        self.db.commit()
        self.dispatch("order_created", {"order_id": order.id})
        return order.id

    @rpc
    def buy_label(self, order_id, to_address):
        shipment = easypost.Shipment.create(
            to_address=to_address,
            from_address={"company": "Cartwheel", "street1": "12 Dock Rd", "city": "Leeds", "zip": "LS1 4AP", "country": "GB"},
            parcel={"weight": 21.0},
        )
        return shipment.buy(rate=shipment.lowest_rate())["postage_label"]["label_url"]

    @http("GET", "/health")
    def health(self, request):
        return 200, "ok"
