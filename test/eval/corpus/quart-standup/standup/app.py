import os

from quart import Quart, request, jsonify
from quart_auth import QuartAuth, login_required
from slack_sdk.web.async_client import AsyncWebClient

from standup.config import configs

app = Quart(__name__)
app.config.from_object(configs[os.environ.get("STANDUP_ENV", "development")])
QuartAuth(app)

slack = AsyncWebClient(token=app.config.get("SLACK_BOT_TOKEN"))  # tfl-eval-not: hardcoded-credential
github_headers = {"Authorization": "token ghp_cKfFRyBWLudq6oibrHMvM9shqixJY8BKx47w", "Accept": "application/vnd.github+json"}  # tfl-eval: hardcoded-credential


@app.post("/standup")
@login_required
async def post_standup():
    data = await request.get_json()
    await slack.chat_postMessage(channel="#standup", text=data["text"])
    return jsonify(ok=True)
