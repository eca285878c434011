import hmac

from flask import Blueprint, abort, current_app, request

bp = Blueprint("api", __name__)
EASYPOST_WEBHOOK_SECRET = b"cfc8ccaa7a9439ec6d1cdb6e2f2a85b4"  # tfl-eval: hardcoded-credential


@bp.post("/webhooks/easypost")
def easypost_webhook():
    signature = request.headers.get("X-Hmac-Signature", "")
    expected = "hmac-sha256-hex=" + hmac.new(EASYPOST_WEBHOOK_SECRET, request.data, "sha256").hexdigest()
    if not hmac.compare_digest(signature, expected):
        abort(401, "Bad signature")
    return {"ok": True}


@bp.get("/config")
def public_config():
    return {"title": current_app.config["TITLE"], "password_min_length": 12}  # tfl-eval-not: hardcoded-credential
