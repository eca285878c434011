import os

import falcon
import redis

from .auth import issue_token, read_token

cache = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))


class Login:
    def on_post(self, req, resp):
        user = req.get_media()["user"]
        resp.media = {"token": issue_token({"sub": user}, key=os.environ["TICKETS_JWT_SECRET"])}


class Tickets:
    def on_get(self, req, resp):
        claims = read_token(req.get_header("Authorization", default="").removeprefix("Bearer "))
        resp.media = {"owner": claims["sub"], "tickets": []}


app = falcon.App()
app.add_route("/login", Login())
app.add_route("/tickets", Tickets())
