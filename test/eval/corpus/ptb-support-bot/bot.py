import logging

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes, MessageHandler, filters
from zendesk import Zenpy

logging.basicConfig(level=logging.INFO)

zendesk = Zenpy(subdomain="acmehelp", email="bot@acme.example.com", token="WaLL4LqOoymfvNdDTQqPyBSrCIuaKqXYuAiqlYCc")  # tfl-eval: hardcoded-credential


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.message.reply_text("Hi! Describe your problem and I will open a ticket.")


async def open_ticket(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    ticket = zendesk.tickets.create(subject=f"Telegram: {update.effective_user.full_name}", description=update.message.text)
    await update.message.reply_text(f"Ticket #{ticket.id} opened.")


def main() -> None:
    application = Application.builder().token("1120165478:AA7t16yepyViZM7bULHOM1hty7plvs1VLlB").build()  # tfl-eval: hardcoded-credential
    application.add_handler(CommandHandler("start", start))
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, open_ticket))
    application.run_polling(allowed_updates=Update.ALL_TYPES)


if __name__ == "__main__":
    main()
