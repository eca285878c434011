import os

from flask import Flask, jsonify

from invoicer.tasks import render_invoice

app = Flask(__name__)


@app.post("/invoices/<int:invoice_id>/render")
def render(invoice_id):
    render_invoice.delay(invoice_id)
    return jsonify({"queued": invoice_id}), 202
