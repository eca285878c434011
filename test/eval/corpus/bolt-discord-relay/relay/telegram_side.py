from telegram.ext import ApplicationBuilder, CommandHandler

BOT_TOKEN = "7934890749:AAzGAo9DN3Exc1k4OxgO1mBXtYNaHc7l0q5"  # tfl-eval: hardcoded-credential


async def ping(update, context):
    await update.message.reply_text("pong")


def build():
    application = ApplicationBuilder().token(BOT_TOKEN).build()
    application.add_handler(CommandHandler("ping", ping))
    return application
