import logging

import motor.motor_tornado
import tornado.ioloop
import tornado.web
from bson import ObjectId

logging.basicConfig(filename="quotes.log", level=logging.INFO)  # tfl-eval: file-logger

client = motor.motor_tornado.MotorClient("mongodb://quotes-mongo.internal:27017")  # tfl-eval: hardcoded-backing-service
db = client.quotes


class QuoteHandler(tornado.web.RequestHandler):
    async def get(self, quote_id):
        quote = await db.quotes.find_one({"_id": ObjectId(quote_id)})
        if quote is None:
            raise tornado.web.HTTPError(404)
        self.write({"text": quote["text"], "author": quote["author"]})


def make_app():
    return tornado.web.Application([(r"/quotes/([0-9a-f]{24})", QuoteHandler)])


if __name__ == "__main__":
    app = make_app()
    app.listen(8888)  # tfl-eval: hardcoded-port
    tornado.ioloop.IOLoop.current().start()  # tfl-eval: no-graceful-shutdown
