import asyncio
import logging

from aiogram import Bot, Dispatcher
from aiogram.fsm.storage.memory import MemoryStorage
from aiogram.fsm.storage.redis import RedisStorage
from environs import Env

from bot.handlers import support

env = Env()
env.read_env()


def make_storage():
    if env.bool("USE_REDIS", False):
        return RedisStorage.from_url(env.str("REDIS_URL"))  # tfl-eval-not: memory-session-store
    return MemoryStorage()  # tfl-eval: memory-session-store


async def main() -> None:
    logging.basicConfig(level=logging.INFO)
    bot = Bot(token=env.str("BOT_TOKEN"))
    dp = Dispatcher(storage=make_storage())
    dp.include_router(support.router)
    await dp.start_polling(bot)


if __name__ == "__main__":
    asyncio.run(main())
