import os

from authlib.jose import JsonWebToken, jwt

jwt_hs = JsonWebToken(["HS256"])

_session_key = os.urandom(32)  # tfl-eval: per-process-secret


def sign(claims):
    return jwt_hs.encode({"alg": "HS256"}, claims, _session_key)


def sign_with(claims, key):
    return jwt.encode({"alg": "HS256"}, claims, key)
