import os
import tomllib

from quart import Quart

app = Quart(__name__)
with open(os.environ.get("STANDUP_SETTINGS", "/srv/standup/instance/settings.toml"), "rb") as fh:
    app.config.update(tomllib.load(fh))
app.secret_key = os.environ["STANDUP_SECRET_KEY"]


@app.get("/healthz")
async def healthz():
    return {"ok": True}
