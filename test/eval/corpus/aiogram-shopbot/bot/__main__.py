import asyncio
import logging

from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.enums import ParseMode
from aiogram.fsm.storage.redis import RedisStorage
from yookassa import Configuration

from .config import settings
from .handlers import catalog, checkout

Configuration.configure(settings.yookassa_shop_id, settings.yookassa_secret_key)


async def main() -> None:
    logging.basicConfig(level=logging.INFO)
    bot = Bot(settings.bot_token, default=DefaultBotProperties(parse_mode=ParseMode.HTML))
    dp = Dispatcher(storage=RedisStorage.from_url(settings.redis_dsn))
    dp.include_routers(catalog.router, checkout.router)
    await dp.start_polling(bot)


if __name__ == "__main__":
    asyncio.run(main())
