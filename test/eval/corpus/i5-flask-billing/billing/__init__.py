import os

import acme_pdf  # tfl-eval-not: undeclared-dependency
from billing_common.models import Invoice  # tfl-eval-not: undeclared-dependency
from flask import Flask


def create_app() -> Flask:
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
    app.config["STRIPE_API_KEY"] = os.environ["STRIPE_API_KEY"]
    app.config["INVOICE_MODEL"] = Invoice
    app.config["PDF_RENDERER"] = acme_pdf.Renderer
    return app
