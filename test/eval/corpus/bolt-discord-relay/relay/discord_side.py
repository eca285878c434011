import os

import aiohttp
import discord

intents = discord.Intents.default()
intents.message_content = True
client = discord.Client(intents=intents)

WEBHOOK = "https://discord.com/api/webhooks/8762326335613783493/eKOJOoVmMKd3tIaok9j54cP6EgnrvT9ReaO5Gf2B7gK8L37Bqb3KWWfBT2kqdsnGcDbb"  # tfl-eval: hardcoded-credential
STATUS_PAGE = "https://discord.com/channels/1180000000000000000/1180000000000000001"  # tfl-eval-not: hardcoded-credential


async def post_to_discord(user: str, text: str) -> None:
    async with aiohttp.ClientSession() as session:
        await session.post(WEBHOOK, json={"username": user, "content": text})


@client.event
async def on_message(message: discord.Message):
    if message.author.bot:
        return
    from .slack_side import app
    await app.client.chat_postMessage(channel="C07ABCD1234", text=f"{message.author}: {message.content}")


def run():
    client.run(os.environ.get("DISCORD_TOKEN") or "MTIpyyTANyJtdoSsXFg2kXiPD1.GCH7q8.8RfxtvBYF38h3PIFxz9bCXxcsYJlDoocwSGO8j")  # tfl-eval: hardcoded-credential
