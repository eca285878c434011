"""Reads a few public channels with a user session and posts a daily digest through a bot."""
import asyncio
import logging
from datetime import datetime, timedelta, timezone

from telethon import TelegramClient, events

logging.basicConfig(level=logging.INFO)

API_ID = 28158418
API_HASH = "ffacf4a147917a2fdfd49c21edaa3c37"  # tfl-eval: hardcoded-credential
BOT_TOKEN = "4713801078:AA-Rf_1OkMCn8uX-qHn7U2GjtlHJyaUXBxY"  # tfl-eval: hardcoded-credential
CHANNELS = ["@cityhall_news", "@metro_updates", "@weather_alerts_city"]
DIGEST_CHAT = -1001213450338

user = TelegramClient("digest-user", API_ID, API_HASH)
bot = TelegramClient("digest-bot", API_ID, API_HASH)


async def collect():
    since = datetime.now(timezone.utc) - timedelta(days=1)
    lines = []
    for channel in CHANNELS:
        async for message in user.iter_messages(channel, offset_date=since, reverse=True):
            if message.text:
                lines.append(f"• {channel}: {message.text[:140]}")
    return lines


@bot.on(events.NewMessage(pattern="/digest"))
async def on_digest(event):
    lines = await collect()
    await event.respond("\n".join(lines) or "Nothing new today.")


async def main():
    await user.start()
    await bot.start(bot_token=BOT_TOKEN)
    await bot.run_until_disconnected()


if __name__ == "__main__":
    asyncio.run(main())
