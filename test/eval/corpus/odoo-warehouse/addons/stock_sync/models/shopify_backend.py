import logging

import requests

from odoo import api, fields, models

_logger = logging.getLogger(__name__)

SHOPIFY_SHOP = "acme-warehouse.myshopify.com"
SHOPIFY_ACCESS_TOKEN = "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"  # tfl-eval: hardcoded-credential


class ShopifyBackend(models.Model):
    _name = "stock_sync.shopify.backend"
    _description = "Shopify backend"

    name = fields.Char(required=True)
    api_password = fields.Char(string="API password", groups="base.group_system")  # tfl-eval-not: hardcoded-credential
    last_sync = fields.Datetime()

    def _headers(self):
        return {"X-Shopify-Access-Token": SHOPIFY_ACCESS_TOKEN, "Content-Type": "application/json"}  # tfl-eval-not: hardcoded-credential

    @api.model
    def cron_push_stock(self):
        for backend in self.search([]):
            quants = self.env["stock.quant"].read_group([], ["product_id", "quantity"], ["product_id"])
            for quant in quants:
                requests.post(
                    f"https://{SHOPIFY_SHOP}/admin/api/2024-01/inventory_levels/set.json",
                    json={"available": quant["quantity"]},
                    headers=backend._headers(),
                    timeout=20,
                )
            backend.last_sync = fields.Datetime.now()
