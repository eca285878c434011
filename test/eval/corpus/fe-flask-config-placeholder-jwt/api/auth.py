import hashlib
import hmac

import jwt

import config


def issue(user_id):
    return jwt.encode({"uid": user_id}, config.JWT_SECRET, algorithm=config.JWT_ALGORITHM)


def sign_reset_link(email):
    return hmac.new(config.TOKEN_SEED.encode(), email.encode(), hashlib.sha256).hexdigest()
