import os
from flask import Flask
import stripe

app = Flask(__name__)
stripe.api_key = os.environ["STRIPE_SECRET_KEY"]  # tfl-eval-not: hardcoded-credential
