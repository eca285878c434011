import hashlib
import hmac

import requests
from sopel import plugin

WEBHOOK_SECRET = b"aee178b61f99431de7499624a9858287"  # tfl-eval: hardcoded-credential


@plugin.command("deploy")
@plugin.require_admin("Only admins can deploy. Ask for the deploy password in #platform-ops.")  # tfl-eval-not: hardcoded-credential
def deploy(bot, trigger):
    token = bot.config.deploy.github_token  # tfl-eval-not: hardcoded-credential
    repo = bot.config.deploy.github_repo
    requests.post(
        f"https://api.github.com/repos/{repo}/dispatches",
        headers={"Authorization": f"Bearer {token}"},  # tfl-eval-not: hardcoded-credential
        json={"event_type": "deploy", "client_payload": {"ref": trigger.group(2) or "main"}},
        timeout=10,
    )
    bot.say("Deploy requested.")


def verify(body: bytes, signature: str) -> bool:
    digest = hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(f"sha256={digest}", signature)
