import os

from slack_bolt.async_app import AsyncApp
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

app = AsyncApp(
    token="xoxb-330721208784-0548011430174-abcAshn2GnEs3O1Vm4BWicjF",  # tfl-eval: hardcoded-credential
    signing_secret="3af3f5c43805f7563a54b364b5c1d5f1",  # tfl-eval: hardcoded-credential
)

RELAY_CHANNEL = "C07ABCD1234"  # tfl-eval-not: hardcoded-credential


@app.message("")
async def forward(message, say):
    from .discord_side import post_to_discord
    await post_to_discord(message["user"], message["text"])


async def start():
    handler = AsyncSocketModeHandler(app, "xapp-1-A07VBNQBTAR-9211858649350-0bdd895cb61ca212d1ee7b818cd8236d4a09d721670a63555e6b6effeba48ba4")  # tfl-eval: hardcoded-credential
    await handler.start_async()
