import datetime

import jwt

# tfl-eval-next-line: hardcoded-credential
SECRET = "ledgerapp-secret"


def create_session(username):
    payload = {"sub": username, "exp": datetime.datetime.utcnow() + datetime.timedelta(hours=8)}
    return jwt.encode(payload, SECRET, algorithm="HS256")


def read_session(token):
    return jwt.decode(token, SECRET, algorithms=["HS256"])
