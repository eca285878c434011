from flask import Flask, abort, request

from . import crypto

app = Flask(__name__)

ADMIN_USER, ADMIN_PASSWORD = "licensing-admin", "Tz8Wq3Mn6Bv1KcHr"  # tfl-eval: hardcoded-credential


@app.post("/licences")
def issue():
    auth = request.authorization
    if not auth or (auth.username, auth.password) != (ADMIN_USER, ADMIN_PASSWORD):
        abort(401)
    iv = request.get_data()[:16]
    return crypto.encrypt(request.get_data()[16:], iv)
