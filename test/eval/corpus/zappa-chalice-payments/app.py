import os
from chalice import Chalice
app = Chalice(app_name="payments-webhooks")
SIGNING_SECRET = os.environ.get("WEBHOOK_SIGNING_SECRET")  # tfl-eval-not: hardcoded-credential
