from jose import jwt

from app.config import ALGORITHM, SECRET_KEY


def sign(claims: dict) -> str:
    return jwt.encode(claims, SECRET_KEY, algorithm=ALGORITHM)
