import asyncio
import os
import signal

import tornado.options
import tornado.web
from tornado.options import options


class Quote(tornado.web.RequestHandler):
    def get(self):
        self.write({"quote": "stay stateless"})


async def serve():
    tornado.options.parse_command_line()
    # The operator picks the file, if any, at deploy time.
    options.log_file_prefix = os.environ.get("TORNADO_LOG_FILE")
    app = tornado.web.Application([(r"/quote", Quote)])
    server = app.listen(int(os.environ["PORT"]))
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    await stop.wait()
    server.stop()


if __name__ == "__main__":
    asyncio.run(serve())
