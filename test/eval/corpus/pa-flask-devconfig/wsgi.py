import os

from recipes import create_app

if os.environ.get("FLASK_DEBUG") == "1":
    os.environ.setdefault("STRIPE_WEBHOOK_SECRET", "whsec-local-debug")  # tfl-eval-not: hardcoded-credential

app = create_app(os.environ.get("FLASK_CONFIG", "production"))
