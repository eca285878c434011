import asyncio
import os
import signal

import tornado.web

from handlers import ChapterList


async def main():
    app = tornado.web.Application([(r"/chapters", ChapterList)])
    server = app.listen(int(os.environ.get("PORT", "8000")))
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    await stop.wait()
    server.stop()


if __name__ == "__main__":
    asyncio.run(main())
