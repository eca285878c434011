import os

import jwt
from fastapi import Request, Response

JWT_KEY = "ledger_jwt_key"  # tfl-eval-not: hardcoded-credential
SESSION_KEY = "ledger-session-key"  # tfl-eval-not: hardcoded-credential
JWT_SECRET = os.environ["JWT_SECRET"]


def issue(response: Response, user_id: str) -> None:
    token = jwt.encode({"sub": user_id}, JWT_SECRET, algorithm="HS256")
    response.set_cookie(JWT_KEY, token, httponly=True)


def read(request: Request):
    token = request.cookies.get(JWT_KEY) or request.headers.get(SESSION_KEY)
    return jwt.decode(token, JWT_SECRET, algorithms=["HS256"]) if token else None


def clear(response: Response) -> None:
    response.delete_cookie(JWT_KEY)
