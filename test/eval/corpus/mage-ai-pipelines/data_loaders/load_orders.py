import requests
from mage_ai.data_preparation.shared.secrets import get_secret_value

if "data_loader" not in globals():
    from mage_ai.data_preparation.decorators import data_loader

SHOPIFY_STORE = "garden-outlet.myshopify.com"
SHOPIFY_ADMIN_TOKEN = "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"  # tfl-eval: hardcoded-credential


@data_loader
def load_orders(*args, **kwargs):
    token = get_secret_value("shopify_token") or SHOPIFY_ADMIN_TOKEN
    response = requests.get(
        f"https://{SHOPIFY_STORE}/admin/api/2024-07/orders.json",
        headers={"X-Shopify-Access-Token": token},
        params={"status": "any", "limit": 250},
        timeout=30,
    )
    return response.json()["orders"]
