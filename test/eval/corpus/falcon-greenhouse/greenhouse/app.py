import falcon

from greenhouse import settings


class TokenMiddleware:
    def process_request(self, req, resp):
        token = req.get_header("Authorization", default="").removeprefix("Bearer ")
        if token not in settings.API_TOKENS.values():  # tfl-eval-not: hardcoded-credential
            raise falcon.HTTPUnauthorized(title="Invalid token", description="Provide a valid bearer token")  # tfl-eval-not: hardcoded-credential


class ClimateResource:
    def on_get(self, req, resp, house):
        resp.media = {"house": house, "status": "ok"}


app = falcon.App(middleware=[TokenMiddleware()])
app.add_route("/houses/{house}/climate", ClimateResource())
