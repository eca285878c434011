import asyncio
import os
import signal

import tornado.options
import tornado.web
from tornado.options import define, options

LOG_PATH = os.path.join(os.path.dirname(__file__), "logs", "reader.log")

define("port", default=8000, type=int)


class Health(tornado.web.RequestHandler):
    def get(self):
        self.write("ok")


async def main():
    options.log_file_prefix = LOG_PATH  # tfl-eval: file-logger
    options.log_file_max_size = 50 * 1024 * 1024
    options.logging = "info"
    tornado.options.parse_command_line()
    app = tornado.web.Application([(r"/health", Health)])
    server = app.listen(int(os.environ.get("PORT", options.port)))
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    await stop.wait()
    server.stop()


if __name__ == "__main__":
    asyncio.run(main())
