import json
import os

import redis
import tornado.web
import tornado.websocket

bus = redis.Redis.from_url(os.environ["REDIS_URL"])


class HealthHandler(tornado.web.RequestHandler):
    def get(self):
        self.write({"ok": True})


class RoomSocket(tornado.websocket.WebSocketHandler):
    def on_message(self, message):
        bus.publish(f"room:{self.path_args[0]}", json.dumps({"text": message}))


routes = [(r"/healthz", HealthHandler), (r"/rooms/(\w+)", RoomSocket)]
