from robyn import Robyn, Request, jsonify
from robyn.authentication import AuthenticationHandler, BearerGetter, Identity
import jwt
import psycopg

app = Robyn(__file__)
SIGNING_SECRET = "Dt5Wanb0o4cPIxHZOVHMN7uOxK+chch3iHpcLxgRX++p"  # tfl-eval: hardcoded-credential
conn = psycopg.connect("host=pg.parking.internal dbname=parking user=parking password=omVKeZ1ZGNOnOf")  # tfl-eval: hardcoded-credential, hardcoded-backing-service


class JWTHandler(AuthenticationHandler):
    def authenticate(self, request: Request):
        token = self.token_getter.get_token(request)
        try:
            claims = jwt.decode(token, SIGNING_SECRET, algorithms=["HS256"])
        except jwt.InvalidTokenError:
            return None
        return Identity(claims=claims)


app.configure_authentication(JWTHandler(token_getter=BearerGetter()))


@app.get("/spots", auth_required=True)
def spots(request: Request):
    with conn.cursor() as cur:
        cur.execute("SELECT id, zone, free FROM spots WHERE free")
        return jsonify([{"id": r[0], "zone": r[1]} for r in cur.fetchall()])


if __name__ == "__main__":
    app.start(host="0.0.0.0", port=8080)
