import discord
import tweepy
from telegram.ext import Application, CommandHandler

TELEGRAM_TOKEN = "5513889497:AAzxWpVKPI-q5GYy9FkreQokSvNddeGfAk6"  # tfl-eval: hardcoded-credential


async def start(update, context):
    await update.message.reply_text("ChatOps ready. Send /deploy <service>.")


def build_bot() -> Application:
    application = Application.builder().token(TELEGRAM_TOKEN).build()
    application.add_handler(CommandHandler("start", start))
    return application


def build_twitter() -> tweepy.Client:
    return tweepy.Client(
        bearer_token="AAAAAAAAAAAAAAAAAAAAAqCEiHeyXuMmmtvjNBwv0NCKrm8eRnLq3MrFlyeKT",  # tfl-eval: hardcoded-credential
        consumer_key="kUhWek3pTWh2iPMoBR5M",  # tfl-eval-not: hardcoded-credential (an OAuth 1 consumer key is the public half; its secret is the next line)
        consumer_secret="31VFFVbKiqyL5pa17kkVEy4Kpx2KC5J0Zx3exYhD",  # tfl-eval: hardcoded-credential
        access_token="1234567890-CDAZb69TLvqA6jWopgc9dE9QySns3R06",  # tfl-eval: hardcoded-credential
        access_token_secret="blW5qghzcX34Zz49yr77blCuArWRZOsbYRQ7C7Wt",  # tfl-eval: hardcoded-credential
    )


intents = discord.Intents.default()
discord_client = discord.Client(intents=intents)


def run_discord():
    discord_client.run("MTc3MTM4MDkzOTUxNDQzNTI3Mzg.G_5xQ9.INqAxVZ79UoIbTHH4bn9R_23IOFLOcSKbdYIEk")  # tfl-eval: hardcoded-credential
