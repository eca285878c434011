from jose import jwt

from .settings import ALGORITHM, SECRET_KEY, TOKEN_AUDIENCE


def issue(user_id: int) -> str:
    return jwt.encode({"sub": str(user_id), "aud": TOKEN_AUDIENCE}, SECRET_KEY, algorithm=ALGORITHM)
