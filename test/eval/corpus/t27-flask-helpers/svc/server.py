import secrets

from quart import Quart

app = Quart(__name__)


def apply_cookie_policy(application):
    application.config["SECRET_KEY"] = secrets.token_hex(32)  # tfl-eval: per-process-secret
    application.config["SESSION_COOKIE_HTTPONLY"] = True


def dev_session_key(application):
    application.config["SECRET_KEY"] = secrets.token_hex(16)  # tfl-eval-not: per-process-secret


apply_cookie_policy(app)

if app.debug:
    dev_session_key(app)


@app.route("/health")
async def health():
    return "ok"
