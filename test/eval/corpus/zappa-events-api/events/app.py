import os

import stripe
from flask import Flask, jsonify, request

from events.newsletter import subscribe

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]  # tfl-eval-not: hardcoded-credential
stripe.api_key = os.environ.get("STRIPE_API_KEY")  # tfl-eval-not: hardcoded-credential

PASSWORD_MIN_LENGTH = 12
TOKEN_HEADER = "X-Events-Token"  # tfl-eval-not: hardcoded-credential


@app.post("/tickets")
def buy_ticket():
    body = request.get_json()
    intent = stripe.PaymentIntent.create(amount=body["amount"], currency="eur")
    return jsonify(client_secret=intent.client_secret)


@app.post("/newsletter")
def newsletter():
    subscribe(request.form["email"])
    return {"ok": True}
